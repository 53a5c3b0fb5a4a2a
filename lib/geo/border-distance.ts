import { pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** How far a place is from a country's border, and on which side of it. */
export interface BorderDistance {
  /** Geodesic distance to the nearest point of the country's boundary, in kilometres, ≥ 0. */
  distanceKm: number;
  /** True when the place lies inside the country. */
  inside: boolean;
}

/**
 * Distance from a place to the nearest point of a country's boundary (geodesic, kilometres).
 *
 * @example distanceToBorder([23.8, 52.57], ukraine) // => { distanceKm: 1xx, inside: false }
 */
export function distanceToBorder(place: Position, country: Feature<Polygon | MultiPolygon>): BorderDistance {
  if (place.length < 2 || !place.every(Number.isFinite)) throw new TypeError('place must be [lon, lat]');
  const signed = pointToPolygonDistance(place, country, { units: 'kilometers', method: 'geodesic' });
  return { distanceKm: Math.abs(signed), inside: signed < 0 };
}
