import { describe, expect, test } from 'vitest';
import { flowWidthKm } from '@/lib/geo/flow-width';

const scale = { maxCount: 500_000, maxWidthKm: 60, minWidthKm: 3 };

describe('flowWidthKm', () => {
  test('is proportional to the count', () => {
    expect(flowWidthKm(500_000, scale)).toEqual({ widthKm: 60, clamped: false });
    expect(flowWidthKm(250_000, scale)).toEqual({ widthKm: 30, clamped: false });
  });

  test('draws small counts at the minimum width and says so', () => {
    expect(flowWidthKm(357, scale)).toEqual({ widthKm: 3, clamped: true });
  });

  test('rejects negative counts and broken scales', () => {
    expect(() => flowWidthKm(-1, scale)).toThrow('count must be a number ≥ 0');
    expect(() => flowWidthKm(1, { ...scale, maxCount: 0 })).toThrow(RangeError);
  });
});
