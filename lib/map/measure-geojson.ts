import type { FeatureCollection, Position } from 'geojson';
import { greatCircle } from '@turf/turf';

// Apart from the measure tool's style (measure-layers.ts) because it brings turf: only the full
// map, which has the tool, loads it (components/map/use-measure.ts); the embed does not.

/** The measure tool's points and, once there are two, the great-circle line between them. */
export function measureGeoJson(points: readonly Position[]): FeatureCollection {
  const features: FeatureCollection['features'] = points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...p] } }));
  if (points.length === 2) features.push(greatCircle(points[0]!, points[1]!, { npoints: 64 }) as FeatureCollection['features'][number]);
  return { type: 'FeatureCollection', features };
}
