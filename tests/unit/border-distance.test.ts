import { describe, expect, test } from 'vitest';
import { polygon } from '@turf/turf';
import { distanceToBorder } from '@/lib/geo/border-distance';

// One degree of latitude is ≈ 111.2 km on turf's sphere (radius 6,371,008.8 m).
const KM_PER_DEGREE = 111.195;
const country = polygon([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]);

describe('distanceToBorder', () => {
  test('measures a place outside the country to its nearest edge', () => {
    const result = distanceToBorder([1, 3], country);
    expect(result.inside).toBe(false);
    expect(result.distanceKm).toBeCloseTo(KM_PER_DEGREE, 0);
  });

  test('says when the place is inside and still gives a positive distance', () => {
    const result = distanceToBorder([1, 0.5], country);
    expect(result.inside).toBe(true);
    expect(result.distanceKm).toBeCloseTo(KM_PER_DEGREE / 2, 0);
  });

  test('rejects a place that is not [lon, lat]', () => {
    expect(() => distanceToBorder([Number.NaN, 1], country)).toThrow('place must be [lon, lat]');
  });
});
