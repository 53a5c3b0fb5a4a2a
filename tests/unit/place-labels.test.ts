import { describe, expect, test } from 'vitest';
import { CENTRED_POSITIONS, PLACE_POSITIONS, labelBox, placeLabels, type Box, type LabelPosition } from '@/lib/map/place-labels';

const OFFSET = { x: 9, y: 7 };
const size = { width: 40, height: 14 };
const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const place = (id: string, anchor: [number, number], priority = 0, positions: readonly LabelPosition[] = PLACE_POSITIONS) => ({
  id,
  priority,
  marker: id,
  candidates: positions.map((position) => ({ position, box: labelBox(anchor, size, position, OFFSET) })),
});
const marker = (id: string, [x, y]: [number, number], r = 5) => ({ id, box: { left: x - r, top: y - r, right: x + r, bottom: y + r } });

describe('labelBox', () => {
  test('puts the label beside, above or below its anchor, clear of the marker', () => {
    expect(labelBox([100, 50], size, 'right', OFFSET)).toEqual({ left: 109, top: 43, right: 149, bottom: 57 });
    expect(labelBox([100, 50], size, 'left', OFFSET)).toEqual({ left: 51, top: 43, right: 91, bottom: 57 });
    expect(labelBox([100, 50], size, 'above', OFFSET)).toEqual({ left: 80, top: 29, right: 120, bottom: 43 });
    expect(labelBox([100, 50], size, 'below', OFFSET)).toEqual({ left: 80, top: 57, right: 120, bottom: 71 });
    expect(labelBox([100, 50], size, 'center', OFFSET)).toEqual({ left: 80, top: 43, right: 120, bottom: 57 });
    // Every position keeps the label's size.
    for (const position of [...PLACE_POSITIONS, ...CENTRED_POSITIONS]) {
      const box = labelBox([100, 50], size, position, OFFSET);
      expect(box.right - box.left, position).toBeCloseTo(40, 9);
      expect(box.bottom - box.top, position).toBeCloseTo(14, 9);
    }
  });
});

describe('placeLabels', () => {
  test('a label alone takes its first choice', () => {
    expect(placeLabels({ labels: [place('a', [100, 100])], markers: [marker('a', [100, 100])], obstacles: [], bounds })).toEqual(new Map([['a', 'right']]));
  });

  test('a label that would cover another moves round its point; the more important one keeps its place', () => {
    // b's right-hand box would run into a, placed first (lower priority number).
    const placement = placeLabels({ labels: [place('b', [80, 100], 1), place('a', [130, 100], 0)], markers: [marker('a', [130, 100]), marker('b', [80, 100])], obstacles: [], bounds });
    expect(placement.get('a')).toBe('right');
    expect(placement.get('b')).not.toBe('right');
    expect(placement.get('b')).not.toBeNull();
  });

  test('no label covers another place’s marker', () => {
    // A marker right of a's point, where its first choice would go.
    const placement = placeLabels({ labels: [place('a', [100, 100])], markers: [marker('a', [100, 100]), marker('b', [125, 100])], obstacles: [], bounds });
    expect(placement.get('a')).not.toBe('right');
    const chosen = labelBox([100, 100], size, placement.get('a')!, OFFSET);
    expect(chosen.left < 130 && 120 < chosen.right && chosen.top < 105 && 95 < chosen.bottom).toBe(false);
  });

  test('no label leaves the map or goes under what lies over it', () => {
    // Near the right edge: right is out; under the zoom buttons: above-left is out.
    const placement = placeLabels({ labels: [place('a', [380, 40])], markers: [], obstacles: [{ left: 300, top: 0, right: 400, bottom: 30 }], bounds });
    const box = labelBox([380, 40], size, placement.get('a')!, OFFSET);
    expect(box.right).toBeLessThanOrEqual(400);
    expect(box.top).toBeGreaterThanOrEqual(32);
  });

  test('a label that fits nowhere is hidden, not put over another', () => {
    const crowd = [place('a', [100, 100], 0), place('b', [100, 100], 1, ['right'])];
    const placement = placeLabels({ labels: crowd, markers: [], obstacles: [], bounds });
    expect(placement.get('a')).toBe('right');
    expect(placement.get('b')).toBeNull();
  });

  test('equal priorities keep the given order; every label gets an answer', () => {
    const labels = [place('x', [50, 50], 2), place('y', [50, 50], 2), place('z', [300, 200], 1)];
    const placement = placeLabels({ labels, markers: [], obstacles: [], bounds });
    expect([...placement.keys()]).toEqual(['z', 'x', 'y']);
    expect(placement.get('x')).toBe('right');
    expect(placement.get('y')).not.toBe('right');
  });

  test('names of countries give way: placed last, they take what room is left, or none', () => {
    const country = { id: 'poland', priority: 9, candidates: CENTRED_POSITIONS.map((position) => ({ position, box: labelBox([120, 100], { width: 60, height: 12 }, position, OFFSET) })) };
    const placement = placeLabels({ labels: [country, place('a', [100, 100], 0)], markers: [marker('a', [100, 100])], obstacles: [], bounds });
    expect(placement.get('a')).toBe('right');
    expect(placement.get('poland')).not.toBe('center');
  });
});

describe('placeLabels with the story’s labels essential', () => {
  test('a story label that fits nowhere is placed first, and a lesser label moves instead', () => {
    // a (placed first, same priority) takes the spot right of b's point, b's only candidate.
    const a = { id: 'a', priority: 1, candidates: [{ position: 'right' as const, box: { left: 110, top: 95, right: 150, bottom: 109 } }, { position: 'left' as const, box: { left: 40, top: 95, right: 80, bottom: 109 } }] };
    const b = { id: 'b', priority: 1, candidates: [{ position: 'right' as const, box: { left: 120, top: 95, right: 160, bottom: 109 } }] };
    expect(placeLabels({ labels: [a, b], markers: [], obstacles: [], bounds }).get('b')).toBeNull();
    const placement = placeLabels({ labels: [a, b], markers: [], obstacles: [], bounds, essentialBefore: 5 });
    expect(placement.get('b')).toBe('right');
    expect(placement.get('a')).toBe('left');
  });

  test('and gives up rather than loop when two cannot both be shown', () => {
    const only = (id: string) => ({ id, priority: 1, candidates: [{ position: 'right' as const, box: { left: 110, top: 95, right: 150, bottom: 109 } }] });
    const placement = placeLabels({ labels: [only('a'), only('b')], markers: [], obstacles: [], bounds, essentialBefore: 5 });
    expect([...placement.values()].filter((p) => p === null)).toHaveLength(1);
  });

  test('keeps the pass that names the most important labels: a promotion that would hide a more important one is not kept', () => {
    const span = (id: string, priority: number, left: number, right: number) => ({ id, priority, candidates: [{ position: 'right' as const, box: { left, top: 95, right, bottom: 109 } }] });
    // Kyiv (first) fits; promoting either of the others would hide it.
    const labels = [span('kyiv', 10, 0, 60), span('b', 11, 40, 100), span('c', 12, 50, 70)];
    const placement = placeLabels({ labels, markers: [], obstacles: [], bounds, essentialBefore: 20 });
    expect(Object.fromEntries(placement)).toEqual({ kyiv: 'right', b: null, c: null });
  });
});
