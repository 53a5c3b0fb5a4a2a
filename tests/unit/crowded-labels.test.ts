import { describe, expect, it } from 'vitest';
import { CROWD_RADIUS_PX, crowdedLabels, type LabelCandidate } from '@/lib/map/crowded-labels';

const label = (id: string, x: number, y: number, rank = 0, weight = 0): LabelCandidate => ({ id, point: [x, y], rank, weight });

describe('crowdedLabels', () => {
  it('makes every label whose anchor has room, as the story’s places have at their default views', () => {
    // Mariupol and Berdiansk, the closest pair, 17 px apart on the embed.
    expect(crowdedLabels([label('mariupol', 675, 420), label('berdiansk', 659, 430, 1)])).toEqual(new Set());
  });

  it('of anchors within the radius, makes the main label, then the larger count, then the first given', () => {
    expect(crowdedLabels([label('minor', 100, 100, 1, 1e6), label('main', 103, 100, 0, 1)])).toEqual(new Set(['minor']));
    expect(crowdedLabels([label('small', 100, 100, 0, 10), label('large', 100, 104, 0, 500)])).toEqual(new Set(['small']));
    expect(crowdedLabels([label('first', 100, 100), label('second', 101, 101)])).toEqual(new Set(['second']));
  });

  it('measures the radius as a distance, across grid cells, and keeps anchors exactly the radius apart', () => {
    const r = CROWD_RADIUS_PX;
    expect(crowdedLabels([label('a', r - 1, 0), label('b', r + 1, 0)])).toEqual(new Set(['b'])); // 2 px apart, neighbouring cells
    expect(crowdedLabels([label('a', 0, 0), label('b', r, 0)])).toEqual(new Set());
    expect(crowdedLabels([label('a', 0, 0), label('b', r * 0.8, r * 0.8)])).toEqual(new Set()); // 1.13 r on the diagonal
  });

  it('leaves one label per crowded spot when the data is a hundred times denser', () => {
    // The benchmark's ×100 refugee layer: each arrow copied on a 10 × 10 grid of 0.02° steps, a few pixels wide.
    const copies = Array.from({ length: 100 }, (_, k) => label(`poland-${k}`, 500 + (k % 10) * 0.45, 400 + Math.floor(k / 10) * 0.45, 0, 547_982));
    expect(crowdedLabels(copies).size).toBe(99);
    expect(crowdedLabels(copies).has('poland-0')).toBe(false);
  });

  it('crowds nothing with an anchor off the projection', () => {
    expect(crowdedLabels([label('a', Number.NaN, 0), label('b', Number.NaN, 0)])).toEqual(new Set());
  });
});
