import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { roundCoordinates } from '@/lib/geo/round-coordinates';

describe('roundCoordinates', () => {
  test('rounds a point to the given decimals', () => {
    expect(roundCoordinates({ type: 'Point', coordinates: [30.52341, 50.45012] }, 3)).toEqual({
      type: 'Point',
      coordinates: [30.523, 50.45],
    });
  });

  test('drops the consecutive duplicates that rounding creates, keeping the ring closed', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [1, 0], [1.00001, 0.00001], [1, 1], [0, 1], [0, 0]]],
    };
    const rounded = roundCoordinates(polygon, 3);
    expect(rounded.coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });

  test('removes a ring and a polygon that collapse below four positions', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 0]]],
        [[[5, 5], [5.0001, 5], [5.0001, 5.0001], [5, 5]]],
      ],
    };
    const rounded = roundCoordinates(multi, 2);
    expect(rounded.coordinates).toHaveLength(1);
  });

  test('does not mutate its input', () => {
    const line = Object.freeze({ type: 'LineString' as const, coordinates: Object.freeze([Object.freeze([1.23456, 2.34567]), Object.freeze([3.1, 4.1])]) });
    const copy = JSON.parse(JSON.stringify(line));
    roundCoordinates(line as never, 1);
    expect(line).toEqual(copy);
  });

  test('rejects a decimals value that is not an integer from 0 to 15', () => {
    expect(() => roundCoordinates({ type: 'Point', coordinates: [0, 0] }, 1.5)).toThrow('decimals must be an integer from 0 to 15');
    expect(() => roundCoordinates({ type: 'Point', coordinates: [0, 0] }, -1)).toThrow(RangeError);
  });
});
