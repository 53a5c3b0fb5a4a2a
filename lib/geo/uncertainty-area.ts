import { circle, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Where a place whose exact site was not published may lie: a circle of `radiusKm` around its
 * approximate point, cut to the country that is known to hold it (a venue in Belarus cannot be in
 * Poland). 64 steps per circle.
 *
 * @throws RangeError when radiusKm is not a positive number.
 * @throws Error when the circle does not overlap the host country at all.
 * @example uncertaintyArea([23.86, 52.6], 6, belarus) // => the part of a 6 km circle inside Belarus
 */
export function uncertaintyArea(
  center: Position,
  radiusKm: number,
  host: Feature<Polygon | MultiPolygon>,
): Feature<Polygon | MultiPolygon, { radiusKm: number }> {
  if (!(radiusKm > 0) || !Number.isFinite(radiusKm)) throw new RangeError('radiusKm must be a positive number');
  const disc = circle(center, radiusKm, { units: 'kilometers', steps: 64 });
  const inside = intersect(featureCollection([disc, host]));
  if (!inside) throw new Error('the uncertainty circle does not overlap its host country');
  return { type: 'Feature', properties: { radiusKm }, geometry: inside.geometry };
}
