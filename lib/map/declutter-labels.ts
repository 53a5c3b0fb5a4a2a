/** A label on the map as the page laid it out: the box of its words. */
export interface PlacedLabel {
  /** Main labels always show; minor ones (secondary ports, small flows) give way. */
  minor: boolean;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** Room kept between two labels, in pixels. */
export const LABEL_GAP_PX = 1;

const overlaps = (a: PlacedLabel['rect'], b: PlacedLabel['rect']) =>
  a.left < b.right + LABEL_GAP_PX && b.left < a.right + LABEL_GAP_PX && a.top < b.bottom + LABEL_GAP_PX && b.top < a.bottom + LABEL_GAP_PX;

/**
 * Which labels to hide so that none covers another: every main label is kept; each minor label, in
 * order, is kept only if it touches no label kept so far. Returns the indices of the labels to hide.
 *
 * @example hiddenLabels([{ minor: false, rect: r }, { minor: true, rect: r }]) // => Set { 1 }
 */
export function hiddenLabels(labels: readonly PlacedLabel[]): Set<number> {
  const kept = labels.filter((l) => !l.minor).map((l) => l.rect);
  const hidden = new Set<number>();
  labels.forEach((label, i) => {
    if (!label.minor) return;
    if (kept.some((rect) => overlaps(rect, label.rect))) hidden.add(i);
    else kept.push(label.rect);
  });
  return hidden;
}
