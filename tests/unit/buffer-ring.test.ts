import { describe, expect, test } from 'vitest';
import { distance } from '@turf/turf';
import { bufferRing } from '@/lib/geo/buffer-ring';

describe('bufferRing', () => {
  test('every vertex lies at the radius from the centre, within 1 %', () => {
    const center = [32.6169, 46.6354];
    const ring = bufferRing(center, 20);
    const vertices = ring.geometry.coordinates[0]!;
    expect(vertices.length).toBeGreaterThan(60);
    for (const v of vertices) expect(distance(center, v, { units: 'kilometers' })).toBeCloseTo(20, -0.7);
    expect(ring.properties.radiusKm).toBe(20);
  });

  test('rejects a radius that is not positive', () => {
    expect(() => bufferRing([0, 0], 0)).toThrow('radiusKm must be a positive number');
    expect(() => bufferRing([0, 0], Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
