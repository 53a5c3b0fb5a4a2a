import { describe, expect, test } from 'vitest';
import { booleanClockwise, booleanPointInPolygon, booleanValid, distance, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { LineString } from 'geojson';
import { flowArrow } from '@/lib/geo/flow-arrow';

const from = [24.75, 49.95];
const to = [21.95, 50.2];

describe('flowArrow', () => {
  test('its tip touches the destination and its ring is closed, valid and counter-clockwise', () => {
    const { outline } = flowArrow(from, to, { widthKm: 40 });
    const ring = outline.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(booleanValid(outline)).toBe(true);
    expect(booleanClockwise(ring)).toBe(false);
    const nearestToTip = Math.min(...ring.map((p) => distance(p, to, { units: 'kilometers' })));
    expect(nearestToTip).toBeLessThan(0.01);
  });

  test('the body is as wide on the ground as asked, within 5 %', () => {
    const { outline, centerline } = flowArrow(from, to, { widthKm: 40 });
    const mid = centerline.geometry.coordinates[12]!;
    const edge = polygonToLine(outline) as { geometry: LineString };
    const halfWidth = pointToLineDistance(mid, edge.geometry, { units: 'kilometers' });
    expect(halfWidth).toBeGreaterThan(19);
    expect(halfWidth).toBeLessThan(21);
  });

  test('the curve bends to the left for positive curvature and to the right for negative', () => {
    const left = flowArrow([0, 0], [0, 2], { widthKm: 5, curvature: 0.2 }).centerline.geometry.coordinates;
    const right = flowArrow([0, 0], [0, 2], { widthKm: 5, curvature: -0.2 }).centerline.geometry.coordinates;
    expect(left[24]![0]).toBeLessThan(0); // heading north, left is west
    expect(right[24]![0]).toBeGreaterThan(0);
  });

  test('measures the curved length, longer than the straight line', () => {
    const { outline } = flowArrow(from, to, { widthKm: 10 });
    expect(outline.properties.lengthKm).toBeGreaterThan(distance(from, to, { units: 'kilometers' }));
    expect(outline.properties.widthKm).toBe(10);
  });

  test('the curve runs inside the arrow from its tail', () => {
    const { outline, centerline } = flowArrow(from, to, { widthKm: 30 });
    for (const i of [1, 10, 30]) expect(booleanPointInPolygon(centerline.geometry.coordinates[i]!, outline)).toBe(true);
  });

  test('does not mutate its inputs', () => {
    const a = Object.freeze([...from]);
    const b = Object.freeze([...to]);
    expect(() => flowArrow(a as number[], b as number[], { widthKm: 10 })).not.toThrow();
  });

  test('rejects equal ends and widths that are not positive', () => {
    expect(() => flowArrow([1, 1], [1, 1], { widthKm: 10 })).toThrow('from and to must differ');
    expect(() => flowArrow(from, to, { widthKm: 0 })).toThrow('widthKm must be a positive number');
  });
});
