import { describe, expect, test } from 'vitest';
import { bbox, polygon } from '@turf/turf';
import { clipToBbox } from '@/lib/geo/clip-to-bbox';

const square = (w: number, s: number, e: number, n: number, name: string) =>
  polygon([[[w, s], [e, s], [e, n], [w, n], [w, s]]], { name });

describe('clipToBbox', () => {
  test('cuts a polygon that crosses the box to the box', () => {
    const [clipped] = clipToBbox([square(0, 0, 20, 20, 'a')], [10, 10, 30, 30]);
    expect(bbox(clipped!)).toEqual([10, 10, 20, 20]);
    expect(clipped!.properties).toEqual({ name: 'a' });
  });

  test('drops polygons wholly outside the box', () => {
    const out = clipToBbox([square(0, 0, 1, 1, 'in'), square(50, 50, 51, 51, 'out')], [-5, -5, 5, 5]);
    expect(out.map((f) => f.properties.name)).toEqual(['in']);
  });

  test('keeps a polygon inside the box unchanged', () => {
    const inside = square(1, 1, 2, 2, 'in');
    expect(clipToBbox([inside], [0, 0, 10, 10])[0]!.geometry).toEqual(inside.geometry);
  });

  test('rejects an inverted box', () => {
    expect(() => clipToBbox([], [10, 0, 0, 10])).toThrow('bbox must be [west, south, east, north]');
  });
});
