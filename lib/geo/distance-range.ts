import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { distanceToBorder } from './border-distance';

/** The nearest and farthest a place could be from a border, given the sites it may occupy. */
export interface DistanceRange {
  /** Kilometres, geodesic, ≥ 0. */
  minKm: number;
  /** Kilometres, geodesic, ≥ minKm. */
  maxKm: number;
}

/**
 * The range of distances from a set of possible sites to a country's border: for a venue whose
 * building was never published, the honest figure is a range, not the distance from one guessed
 * point. Sites inside the country count as 0 km.
 *
 * @throws RangeError when `sites` is empty.
 * @example distanceRange([[23.92, 52.63], [23.80, 52.57]], ukraine) // => { minKm: ≈87, maxKm: ≈92 }
 */
export function distanceRange(sites: readonly Position[], country: Feature<Polygon | MultiPolygon>): DistanceRange {
  if (sites.length === 0) throw new RangeError('sites must not be empty');
  const distances = sites.map((site) => {
    const d = distanceToBorder(site, country);
    return d.inside ? 0 : d.distanceKm;
  });
  return { minKm: Math.min(...distances), maxKm: Math.max(...distances) };
}
