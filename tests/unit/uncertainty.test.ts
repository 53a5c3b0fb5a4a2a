import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { areaVertices } from '@/lib/geo/area-vertices';
import { distanceRange } from '@/lib/geo/distance-range';
import { uncertaintyArea } from '@/lib/geo/uncertainty-area';
import { formatCompactCount, formatDistanceRange, formatQualifiedCount } from '@/lib/format/format-number';
import { formatDayMonth } from '@/lib/format/format-date';

// A 2° × 2° square "country" east of the prime meridian, on the equator.
const square = Object.freeze(polygon([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])) as Feature<Polygon>;

describe('uncertaintyArea', () => {
  test('is the circle cut to the host country', () => {
    const area = uncertaintyArea([0.1, 1], 30, square);
    for (const v of areaVertices(area)) expect(v[0]).toBeGreaterThanOrEqual(-1e-9);
    expect(booleanPointInPolygon([0.3, 1], area)).toBe(true);
    expect(area.properties.radiusKm).toBe(30);
  });

  test('rejects a radius that is not positive, and a circle outside the country', () => {
    expect(() => uncertaintyArea([1, 1], 0, square)).toThrow('radiusKm must be a positive number');
    expect(() => uncertaintyArea([10, 10], 5, square)).toThrow('does not overlap');
  });

  test('does not mutate the host', () => {
    const before = JSON.stringify(square);
    uncertaintyArea([0.1, 1], 30, square);
    expect(JSON.stringify(square)).toBe(before);
  });
});

describe('distanceRange', () => {
  test('the nearest and farthest of the sites from the border, 0 for a site inside', () => {
    const range = distanceRange([[-0.1, 1], [-0.2, 1]], square);
    expect(range.minKm).toBeCloseTo(11.1, 0); // 0.1° of longitude on the equator
    expect(range.maxKm).toBeCloseTo(22.2, 0);
    expect(distanceRange([[1, 1], [-0.1, 1]], square).minKm).toBe(0);
  });

  test('needs at least one site', () => {
    expect(() => distanceRange([], square)).toThrow('sites must not be empty');
  });
});

describe('formatting ranges and published figures', () => {
  test('a range, a range from the border, and a range that rounds to one figure', () => {
    expect(formatDistanceRange(87.1, 90)).toBe('87–90\u00a0km (54–56\u00a0mi)');
    expect(formatDistanceRange(0, 33.7)).toBe('up to 34\u00a0km (21\u00a0mi)');
    expect(formatDistanceRange(87.1, 87.3)).toBe('87\u00a0km (54\u00a0mi)');
  });

  test('a figure keeps its source’s qualifier; chart labels are compact', () => {
    expect(formatQualifiedCount(50_000, 'more than')).toBe('more than 50,000');
    expect(formatQualifiedCount(1_038_583, null)).toBe('1,038,583');
    expect(formatCompactCount(1_038_583)).toBe('1.04m');
    expect(formatCompactCount(874_026)).toBe('874k');
  });

  test('a day without its year, long for sentences and short for chart axes; bad input unchanged', () => {
    expect(formatDayMonth('2022-03-02')).toBe('2\u00a0March');
    expect(formatDayMonth('2022-02-24', { short: true })).toBe('24\u00a0Feb');
    expect(formatDayMonth('not a date')).toBe('not a date');
  });
});
