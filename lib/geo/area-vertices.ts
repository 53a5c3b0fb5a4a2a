import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Every vertex of an area's outer rings: the sites a place spread over that area may occupy.
 *
 * @example areaVertices(polygon([[[0, 0], [1, 0], [1, 1], [0, 0]]])) // => [[0, 0], [1, 0], [1, 1], [0, 0]]
 */
export function areaVertices(area: Feature<Polygon | MultiPolygon>): Position[] {
  const g = area.geometry;
  switch (g.type) {
    case 'Polygon':
      return g.coordinates[0] ?? [];
    case 'MultiPolygon':
      return g.coordinates.flatMap((polygon) => polygon[0] ?? []);
    default:
      return g satisfies never;
  }
}
