import { describe, expect, test } from 'vitest';
import { distanceKm } from '@/lib/geo/distance-km';

describe('distanceKm', () => {
  test('Kyiv to Moscow is about 756 km on a great circle', () => {
    expect(distanceKm([30.5234, 50.4501], [37.6173, 55.7558])).toBeGreaterThan(750);
    expect(distanceKm([30.5234, 50.4501], [37.6173, 55.7558])).toBeLessThan(762);
  });

  test('is zero for the same place and symmetric', () => {
    expect(distanceKm([10, 10], [10, 10])).toBe(0);
    expect(distanceKm([30, 50], [24, 52])).toBeCloseTo(distanceKm([24, 52], [30, 50]), 9);
  });
});
