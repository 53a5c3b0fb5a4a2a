import { buffer, point } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';

/**
 * A ring of `radiusKm` around a place (turf buffer with 64 steps), to draw attention to it.
 *
 * @throws RangeError when radiusKm is not a positive number.
 * @example bufferRing([32.6169, 46.6354], 20) // => Feature<Polygon> ≈ a 20 km circle around Kherson
 */
export function bufferRing(center: Position, radiusKm: number): Feature<Polygon, { radiusKm: number }> {
  if (!(radiusKm > 0) || !Number.isFinite(radiusKm)) throw new RangeError('radiusKm must be a positive number');
  const ring = buffer(point(center), radiusKm, { units: 'kilometers', steps: 64 });
  if (!ring || ring.geometry.type !== 'Polygon') throw new Error('buffer did not produce a polygon');
  return { type: 'Feature', properties: { radiusKm }, geometry: ring.geometry };
}
