/** A box on the map's screen, in pixels from its top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a label may sit around its anchor, in a graphics desk's order of preference for a place
 * (right of the point first, then above or below it to the right, then left, then straight above
 * or below), and the same four a little farther off, clear of a neighbour's marker; `center` is on the anchor itself (a country's or a sea's name); `up` and `down` move a
 * centred name a line off its anchor, `east` and `west` half its width.
 */
export type LabelPosition =
  | 'right'
  | 'above-right'
  | 'below-right'
  | 'left'
  | 'above-left'
  | 'below-left'
  | 'above'
  | 'below'
  | 'far-right'
  | 'far-left'
  | 'far-above'
  | 'far-below'
  | 'far-above-right'
  | 'far-below-right'
  | 'far-above-left'
  | 'far-below-left'
  | 'center'
  | 'up'
  | 'down'
  | 'east'
  | 'west';

/** The order in which a place's label tries the positions around its point. */
export const PLACE_POSITIONS: readonly LabelPosition[] = [
  'right', 'above-right', 'below-right', 'left', 'above-left', 'below-left', 'above', 'below',
  'far-right', 'far-above-right', 'far-below-right', 'far-left', 'far-above-left', 'far-below-left', 'far-above', 'far-below',
];

/** A name at a fixed place tries its own place, then a little off it. */
export const CENTRED_POSITIONS: readonly LabelPosition[] = ['center', 'up', 'down', 'east', 'west'];

/** How far a label keeps from its anchor: beside the marker (x), above or below it (y). */
export interface LabelOffset {
  x: number;
  y: number;
}

/**
 * The box of a label of this size at a position around its anchor.
 *
 * @example labelBox([100, 50], { width: 40, height: 14 }, 'right', { x: 9, y: 7 }) // => { left: 109, top: 43, right: 149, bottom: 57 }
 */
export function labelBox(anchor: readonly [number, number], size: { width: number; height: number }, position: LabelPosition, offset: LabelOffset): Box {
  const [ax, ay] = anchor;
  const { width: w, height: h } = size;
  // The diagonal positions sit at the marker's corner, nearer than a full offset each way.
  const dx = offset.x * 0.7;
  const dy = offset.y * 0.5;
  const at = (left: number, top: number): Box => ({ left, top, right: left + w, bottom: top + h });
  switch (position) {
    case 'right':
      return at(ax + offset.x, ay - h / 2);
    case 'left':
      return at(ax - offset.x - w, ay - h / 2);
    case 'above':
      return at(ax - w / 2, ay - offset.y - h);
    case 'below':
      return at(ax - w / 2, ay + offset.y);
    case 'above-right':
      return at(ax + dx, ay - dy - h);
    case 'below-right':
      return at(ax + dx, ay + dy);
    case 'above-left':
      return at(ax - dx - w, ay - dy - h);
    case 'below-left':
      return at(ax - dx - w, ay + dy);
    case 'far-right':
      return at(ax + offset.x * 2, ay - h / 2);
    case 'far-left':
      return at(ax - offset.x * 2 - w, ay - h / 2);
    case 'far-above':
      return at(ax - w / 2, ay - offset.y * 2 - h);
    case 'far-below':
      return at(ax - w / 2, ay + offset.y * 2);
    case 'far-above-right':
      return at(ax + dx * 2, ay - dy * 2 - h);
    case 'far-below-right':
      return at(ax + dx * 2, ay + dy * 2);
    case 'far-above-left':
      return at(ax - dx * 2 - w, ay - dy * 2 - h);
    case 'far-below-left':
      return at(ax - dx * 2 - w, ay + dy * 2);
    case 'center':
      return at(ax - w / 2, ay - h / 2);
    case 'up':
      return at(ax - w / 2, ay - h / 2 - h - offset.y);
    case 'down':
      return at(ax - w / 2, ay - h / 2 + h + offset.y);
    case 'east':
      return at(ax, ay - h / 2);
    case 'west':
      return at(ax - w, ay - h / 2);
  }
}

/** A label to place: its candidate boxes in order of preference, and how soon it is placed. */
export interface LabelToPlace {
  id: string;
  /** Lower is placed first and so keeps its first choice; equal priorities keep the given order. */
  priority: number;
  candidates: readonly { position: LabelPosition; box: Box }[];
  /** The marker of its own place, which it may sit beside but is not measured against. */
  marker?: string;
}

export interface PlacementInput {
  labels: readonly LabelToPlace[];
  /** Every place's marker drawn on the map: no label covers another place's marker. */
  markers: readonly { id: string; box: Box }[];
  /** What lies over the map (its zoom buttons, its scale): no label goes under them. */
  obstacles: readonly Box[];
  /** The map's visible area: a label stays wholly inside it. */
  bounds: Box;
  /**
   * Room kept between a label and anything else, in pixels: across (two names side by side must not
   * read as one, so about a space) and up and down.
   */
  gap?: { x: number; y: number };
  /**
   * Labels placed before this priority are the story's: if one fits nowhere, it is placed first and
   * the rest again (each such label once), so that a lesser label's good spot does not cost the map
   * a name the story needs.
   */
  essentialBefore?: number;
}

/** Each label's position, or null for a label that fits nowhere (it is hidden, not moved over another). */
export type Placement = Map<string, LabelPosition | null>;

const touches = (a: Box, b: Box, gap: { x: number; y: number }) => a.left < b.right + gap.x && b.left < a.right + gap.x && a.top < b.bottom + gap.y && b.top < a.bottom + gap.y;
const NO_GAP = { x: 0, y: 0 };
const inside = (a: Box, bounds: Box) => a.left >= bounds.left && a.top >= bounds.top && a.right <= bounds.right && a.bottom <= bounds.bottom;

/**
 * Places labels the way a graphics desk does, greedily in the story's order of importance: each
 * label, in priority order, takes the first of its candidate positions that stays inside the map,
 * goes under nothing that lies over the map, covers no other place's marker and touches no label
 * placed before it. A label that fits nowhere is hidden. Pure: boxes in, positions out; quadratic
 * in the number of labels, which is a few dozen at any view (the ones too crowded to matter are
 * not made at all: crowded-labels.ts).
 */
export function placeLabels({ labels, markers, obstacles, bounds, gap = { x: 6, y: 2 }, essentialBefore = -Infinity }: PlacementInput): Placement {
  let order = labels.map((label, i) => ({ label, i })).sort((a, b) => a.label.priority - b.label.priority || a.i - b.i);
  const essential = order.filter(({ label }) => label.priority < essentialBefore).map(({ label }) => label.id);
  const promoted = new Set<string>();
  let best = greedy(order.map(({ label }) => label), markers, obstacles, bounds, gap);
  let current = best;
  for (;;) {
    const missing = order.find(({ label }) => essential.includes(label.id) && current.get(label.id) === null && !promoted.has(label.id));
    if (!missing) return best;
    promoted.add(missing.label.id);
    order = [missing, ...order.filter((o) => o !== missing)];
    current = greedy(order.map(({ label }) => label), markers, obstacles, bounds, gap);
    if (namesMoreOfTheStory(current, best, essential)) best = current;
  }
}

/**
 * Whether a pass names more of the story than another: the first story label, in priority order,
 * that one places and the other hides decides. A promotion that costs a more important name is not kept.
 */
function namesMoreOfTheStory(a: Placement, b: Placement, essential: readonly string[]): boolean {
  for (const id of essential) {
    const inA = a.get(id) != null;
    const inB = b.get(id) != null;
    if (inA !== inB) return inA;
  }
  return false;
}

/** One greedy pass, in the given order. */
function greedy(labels: readonly LabelToPlace[], markers: PlacementInput['markers'], obstacles: readonly Box[], bounds: Box, gap: { x: number; y: number }): Placement {
  const placed: Box[] = [];
  const result: Placement = new Map();
  for (const label of labels) {
    const fit = label.candidates.find(
      ({ box }) =>
        inside(box, bounds) &&
        !obstacles.some((o) => touches(box, o, gap)) &&
        !markers.some((m) => m.id !== label.marker && touches(box, m.box, NO_GAP)) &&
        !placed.some((p) => touches(box, p, gap)),
    );
    result.set(label.id, fit?.position ?? null);
    if (fit) placed.push(fit.box);
  }
  return result;
}
