import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The parts of `land`'s boundary that no neighbour shares: its coastline, islands included.
 *
 * Works on exact vertices, so `land` and `neighbours` must come from one topology rounded the same
 * way (as the basemap built from Natural Earth is): a segment is a land border when both of its
 * ends are vertices of one neighbour. Runs of coast segments are joined into lines. The inputs are
 * not mutated.
 */
export function coastline(
  land: Feature<Polygon | MultiPolygon>,
  neighbours: readonly Feature<Polygon | MultiPolygon>[],
): Feature<MultiLineString, { segmentCount: number }> {
  const neighbourVertexSets = neighbours.map((n) => new Set(rings(n).flat().map(key)));
  const isBorder = (a: Position, b: Position): boolean =>
    neighbourVertexSets.some((set) => set.has(key(a)) && set.has(key(b)));

  const lines: Position[][] = [];
  let segmentCount = 0;
  for (const ring of rings(land)) {
    // Start the walk at a border vertex, when there is one, so that a coast run is not split in two
    // where the ring happens to begin.
    const open = ring.slice(0, -1);
    const start = Math.max(0, open.findIndex((p, i) => isBorder(p, open[(i + 1) % open.length] as Position)));
    const walk = [...open.slice(start), ...open.slice(0, start), open[start] as Position];
    let current: Position[] = [];
    for (let i = 0; i < walk.length - 1; i++) {
      const a = walk[i] as Position;
      const b = walk[i + 1] as Position;
      if (isBorder(a, b)) {
        if (current.length >= 2) lines.push(current);
        current = [];
        continue;
      }
      if (current.length === 0) current.push(a);
      current.push(b);
      segmentCount++;
    }
    if (current.length >= 2) lines.push(current);
  }
  return { type: 'Feature', properties: { segmentCount }, geometry: { type: 'MultiLineString', coordinates: lines } };
}

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}
