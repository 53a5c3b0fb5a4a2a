/** A label the map could make, at its anchor's place on the screen. */
export interface LabelCandidate {
  id: string;
  /** The anchor, in screen pixels (`map.project`). */
  point: readonly [number, number];
  /** 0 for a main label, 1 for a minor one: the lower rank is made first. */
  rank: number;
  /** Among labels of one rank, the larger weight (a refugee count) is made first. */
  weight: number;
}

/**
 * Anchors closer than this, in pixels, would put two labels almost exactly on top of one another.
 * The story's own places are at least 15 px apart at every default view (Mariupol and Berdiansk,
 * the closest pair, at the embed's 1000 × 700); data many times denser is not.
 */
export const CROWD_RADIUS_PX = 8;

/**
 * Which labels not to make at all at this view: where anchors crowd within `radius` pixels, only the
 * first (main before minor, then the larger weight, then the given order) is made. The rest stay on
 * the map as shapes a reader can click, and in the map in words. Linear in the number of labels
 * (a grid of `radius` cells), so that ten or a hundred times the data costs no more than its labels'
 * arithmetic; the finer, measured placement (place-labels.ts) runs on what is made.
 *
 * @example crowdedLabels([{ id: 'a', point: [0, 0], rank: 0, weight: 1 }, { id: 'b', point: [3, 4], rank: 0, weight: 2 }]) // => Set { 'a' }
 */
export function crowdedLabels(candidates: readonly LabelCandidate[], radius = CROWD_RADIUS_PX): Set<string> {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.rank - b.c.rank || b.c.weight - a.c.weight || a.i - b.i);
  const cells = new Map<string, (readonly [number, number])[]>();
  const crowded = new Set<string>();
  for (const { c } of order) {
    const [x, y] = c.point;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue; // off the projection: nothing to crowd
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    let near = false;
    for (let dx = -1; dx <= 1 && !near; dx++)
      for (let dy = -1; dy <= 1 && !near; dy++)
        near = (cells.get(`${cx + dx},${cy + dy}`) ?? []).some(([px, py]) => Math.hypot(px - x, py - y) < radius);
    if (near) {
      crowded.add(c.id);
      continue;
    }
    const key = `${cx},${cy}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(c.point);
  }
  return crowded;
}
