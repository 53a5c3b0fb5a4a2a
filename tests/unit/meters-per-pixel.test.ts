import { describe, expect, test } from 'vitest';
import { metersPerPixel } from '@/lib/map/meters-per-pixel';

describe('metersPerPixel', () => {
  test('at the equator and zoom 0 one 512 px world spans the circumference', () => {
    expect(metersPerPixel(0, 0) * 512).toBeCloseTo(40_075_016.686, 0);
  });
  test('halves with each zoom level and shrinks with latitude', () => {
    expect(metersPerPixel(49, 6)).toBeCloseTo(metersPerPixel(49, 5) / 2, 6);
    expect(metersPerPixel(60, 5)).toBeCloseTo(metersPerPixel(0, 5) / 2, 6);
  });
  test('rejects latitudes beyond Web Mercator and non-numbers', () => {
    expect(() => metersPerPixel(89, 5)).toThrow('latitude must be within ±85.06');
    expect(() => metersPerPixel(10, Number.NaN)).toThrow('zoom must be a number');
  });
});
