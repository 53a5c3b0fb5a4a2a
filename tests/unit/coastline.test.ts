import { describe, expect, test } from 'vitest';
import { length, polygon } from '@turf/turf';
import { coastline } from '@/lib/geo/coastline';

// Land is the unit square; the neighbour shares its west edge (x = 0), the rest is sea.
const land = polygon([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
const neighbour = polygon([[[-1, 0], [0, 0], [0, 1], [-1, 1], [-1, 0]]]);

describe('coastline', () => {
  test('keeps only the edges no neighbour shares, as one continuous line', () => {
    const coast = coastline(land, [neighbour]);
    expect(coast.geometry.coordinates).toEqual([[[0, 0], [1, 0], [1, 1], [0, 1]]]);
    expect(coast.properties.segmentCount).toBe(3);
  });

  test('an island with no neighbour is all coast', () => {
    const coast = coastline(land, []);
    expect(coast.properties.segmentCount).toBe(4);
    expect(length(coast, { units: 'degrees' })).toBeCloseTo(4, 2);
  });

  test('a landlocked country has no coast', () => {
    const around = [
      polygon([[[-1, 0], [0, 0], [0, 1], [-1, 1], [-1, 0]]]),
      polygon([[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]),
      polygon([[[0, 1], [1, 1], [1, 2], [0, 2], [0, 1]]]),
      polygon([[[0, -1], [1, -1], [1, 0], [0, 0], [0, -1]]]),
    ];
    expect(coastline(land, around).geometry.coordinates).toEqual([]);
  });
});
