import { distance } from '@turf/turf';
import type { Position } from 'geojson';

/**
 * Great-circle distance between two places, in kilometres (turf's haversine, Earth radius 6,371 km).
 *
 * @example distanceKm([30.5234, 50.4501], [37.6173, 55.7558]) // => ≈ 756
 */
export function distanceKm(from: Position, to: Position): number {
  return distance(from, to, { units: 'kilometers' });
}
