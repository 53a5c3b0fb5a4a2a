/** Pixels of a square pattern image, as MapLibre's `addImage` takes them. */
export interface PatternImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

/**
 * A square tile of diagonal stripes (upper left to lower right) that repeats seamlessly, for the
 * annexed-territory overlay. Built in code so that the style needs no sprite from a server.
 *
 * @param sizePx tile size in pixels; the stripe period
 * @param lineWidthPx stripe width in pixels
 * @param rgb stripe colour as "#rrggbb"
 */
export function hatchPattern(sizePx: number, lineWidthPx: number, rgb: string): PatternImage {
  if (!Number.isInteger(sizePx) || sizePx < 2) throw new RangeError('sizePx must be an integer ≥ 2');
  if (!(lineWidthPx > 0 && lineWidthPx < sizePx)) throw new RangeError('lineWidthPx must be between 0 and sizePx');
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(rgb);
  if (!match) throw new TypeError('rgb must be #rrggbb');
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  const data = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y++) {
    for (let x = 0; x < sizePx; x++) {
      // Stripe centres are where x − y ≡ 0 (mod size); d is the wrapped offset from the nearest one.
      const d = (((x - y) % sizePx) + sizePx) % sizePx;
      const distance = Math.min(d, sizePx - d) / Math.SQRT2;
      const coverage = Math.max(0, Math.min(1, lineWidthPx / 2 + 0.5 - distance));
      const i = (y * sizePx + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(coverage * 255);
    }
  }
  return { width: sizePx, height: sizePx, data };
}
