import { bboxClip, booleanIntersects, bboxPolygon } from '@turf/turf';
import type { BBox, Feature, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Clips polygon features to a bounding box [west, south, east, north] (degrees). Features wholly
 * outside the box are dropped, and so are the degenerate rings (< 4 positions) that clipping
 * leaves where a polygon only touches the box. The inputs are not mutated.
 */
export function clipToBbox<P extends GeoJsonProperties>(
  features: readonly Feature<Polygon | MultiPolygon, P>[],
  bbox: BBox,
): Feature<Polygon | MultiPolygon, P>[] {
  const [west, south, east, north] = bbox;
  if (!(west < east && south < north)) throw new RangeError('bbox must be [west, south, east, north]');
  const box = bboxPolygon(bbox);
  const out: Feature<Polygon | MultiPolygon, P>[] = [];
  for (const feature of features) {
    if (!booleanIntersects(feature, box)) continue;
    // bboxClip keeps the geometry type of its input: a polygon stays a polygon.
    const clipped = bboxClip(feature, bbox) as Feature<Polygon | MultiPolygon, P>;
    const parts: Position[][][] =
      clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
    const polygons = parts
      .map((rings) => rings.filter((ring) => ring.length >= 4))
      .filter((rings): rings is Position[][] => rings.length > 0 && (rings[0]?.length ?? 0) >= 4);
    if (polygons.length === 0) continue;
    out.push({
      ...feature,
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  return out;
}
