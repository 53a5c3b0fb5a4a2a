import type { Geometry, Position } from 'geojson';

/**
 * Rounds every position of a geometry to `decimals` places and drops the consecutive duplicates
 * that rounding creates. Rings that collapse below four positions are removed, as are polygons
 * whose outer ring collapses. The input is not mutated.
 *
 * 3 decimals ≈ 110 m at the equator (≈ 70 m east–west at 50°N): below one pixel up to zoom 10.
 *
 * @example roundCoordinates({ type: 'Point', coordinates: [30.52341, 50.45012] }, 3)
 * // => { type: 'Point', coordinates: [30.523, 50.45] }
 */
export function roundCoordinates<G extends Geometry>(geometry: G, decimals: number): G {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError('decimals must be an integer from 0 to 15');
  }
  const factor = 10 ** decimals;
  const round = (p: Position): Position => p.map((v) => Math.round(v * factor) / factor);
  const line = (ps: Position[]): Position[] => dedupe(ps.map(round));
  const ring = (ps: Position[]): Position[] | null => {
    const out = line(ps);
    return out.length >= 4 ? out : null;
  };
  const polygon = (rings: Position[][]): Position[][] | null => {
    const [outer, ...holes] = rings;
    const roundedOuter = outer ? ring(outer) : null;
    if (!roundedOuter) return null;
    return [roundedOuter, ...holes.map(ring).filter((r): r is Position[] => r !== null)];
  };

  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: round(geometry.coordinates) };
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map(round) };
    case 'LineString':
      return { ...geometry, coordinates: line(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(line).filter((l) => l.length >= 2) };
    case 'Polygon':
      return { ...geometry, coordinates: polygon(geometry.coordinates) ?? [] };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map(polygon).filter((p): p is Position[][] => p !== null),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => roundCoordinates(g, decimals)) };
    default:
      return geometry satisfies never;
  }
}

function dedupe(ps: Position[]): Position[] {
  return ps.filter((p, i) => i === 0 || p[0] !== ps[i - 1]?.[0] || p[1] !== ps[i - 1]?.[1]);
}
