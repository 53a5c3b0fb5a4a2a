import { PALETTE_DARK } from '../config';
import { LAYERS } from '../layers/layers';

/** A resolved colour scheme: what the map is drawn in. */
export type ColorScheme = 'light' | 'dark';

/**
 * Paint properties that change in the dark theme, by style layer id, in PALETTE_DARK's colours.
 * The background's, then each layer module's `darkPaint`; layers not listed keep their light paint.
 */
export const DARK_PAINT_OVERRIDES: Readonly<Record<string, Record<string, unknown>>> = {
  background: { 'background-color': PALETTE_DARK.sea },
  ...Object.assign({}, ...LAYERS.map((layer) => layer.darkPaint)),
};

/** A style layer's paint in a colour scheme. */
export function paintFor<P extends object | undefined>(layerId: string, paint: P, scheme: ColorScheme): P {
  const override = scheme === 'dark' ? DARK_PAINT_OVERRIDES[layerId] : undefined;
  return (override ? { ...paint, ...override } : paint) as P;
}

/** A style layer with its paint in a colour scheme. The input is not mutated. */
export function themedLayer<L extends { id: string; paint?: object }>(layer: L, scheme: ColorScheme): L {
  return { ...layer, paint: paintFor(layer.id, layer.paint, scheme) };
}
