/** How flow counts map to arrow widths on the ground. */
export interface FlowWidthScale {
  /** The count drawn at `maxWidthKm`. */
  maxCount: number;
  /** Arrow width on the ground for `maxCount`, in kilometres. */
  maxWidthKm: number;
  /** Narrowest arrow drawn, in kilometres; smaller counts are drawn at this width and flagged. */
  minWidthKm: number;
}

/** An arrow's width and whether the minimum width replaced its proportional one. */
export interface FlowWidth {
  widthKm: number;
  /** True when the proportional width was below the minimum and the arrow is drawn wider. */
  clamped: boolean;
}

/**
 * Arrow width proportional to the count: `count / maxCount × maxWidthKm`, never below the minimum.
 *
 * @example flowWidthKm(250_000, { maxCount: 500_000, maxWidthKm: 60, minWidthKm: 3 }) // => { widthKm: 30, clamped: false }
 */
export function flowWidthKm(count: number, scale: FlowWidthScale): FlowWidth {
  if (!Number.isFinite(count) || count < 0) throw new RangeError('count must be a number ≥ 0');
  if (!(scale.maxCount > 0) || !(scale.maxWidthKm > 0) || !(scale.minWidthKm >= 0)) {
    throw new RangeError('scale needs maxCount > 0, maxWidthKm > 0 and minWidthKm ≥ 0');
  }
  const proportional = (count / scale.maxCount) * scale.maxWidthKm;
  return proportional < scale.minWidthKm
    ? { widthKm: scale.minWidthKm, clamped: true }
    : { widthKm: proportional, clamped: false };
}
