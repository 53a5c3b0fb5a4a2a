import { describe, expect, it } from 'vitest';
import { LABEL_GAP_PX, hiddenLabels, type PlacedLabel } from '@/lib/map/declutter-labels';

const at = (left: number, top: number, minor: boolean, width = 60, height = 14): PlacedLabel => ({
  minor,
  rect: { left, top, right: left + width, bottom: top + height },
});

describe('hiddenLabels', () => {
  it('hides a minor label that covers a main one, never the main one', () => {
    // Berdiansk's name running under Mariupol's, as on the embed's default view.
    expect(hiddenLabels([at(688, 412, false), at(665, 422, true)])).toEqual(new Set([1]));
    expect(hiddenLabels([at(665, 422, true), at(688, 412, false)])).toEqual(new Set([0]));
  });

  it('keeps main labels even where they touch each other: they are the story', () => {
    expect(hiddenLabels([at(0, 0, false), at(10, 5, false)])).toEqual(new Set());
  });

  it('places minor labels in order: the first keeps its room, the next that touches it gives way', () => {
    expect(hiddenLabels([at(0, 0, true), at(30, 0, true), at(200, 0, true)])).toEqual(new Set([1]));
  });

  it('keeps labels with room between them, and counts a gap of less than LABEL_GAP_PX as touching', () => {
    expect(hiddenLabels([at(0, 0, false), at(60 + LABEL_GAP_PX, 0, true)])).toEqual(new Set());
    expect(hiddenLabels([at(0, 0, false), at(60 + LABEL_GAP_PX - 1, 0, true)])).toEqual(new Set([1]));
    expect(hiddenLabels([at(0, 0, false), at(0, 14 + LABEL_GAP_PX, true)])).toEqual(new Set());
  });
});
