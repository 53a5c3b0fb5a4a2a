import { PALETTE_DARK } from '../config';

/** A resolved colour scheme: what the map is drawn in. */
export type ColorScheme = 'light' | 'dark';

/**
 * Paint properties that change in the dark theme, by style layer id, in PALETTE_DARK's colours.
 * Layers not listed keep their light paint.
 */
export const DARK_PAINT_OVERRIDES: Readonly<Record<string, Record<string, unknown>>> = {
  background: { 'background-color': PALETTE_DARK.sea },
  'basemap-land': { 'fill-color': ['case', ['get', 'focus'], PALETTE_DARK.ukraine, PALETTE_DARK.land] },
  'basemap-borders': { 'line-color': PALETTE_DARK.landBorder },
  'basemap-ukraine-border': { 'line-color': PALETTE_DARK.ukraineBorder },
  'basemap-crimea-outline': { 'line-color': PALETTE_DARK.crimeaHatch },
  'coast-line': { 'line-color': PALETTE_DARK.coast },
  'kyiv-ring': { 'circle-stroke-color': PALETTE_DARK.capital },
  'refugees-flow-fill': { 'fill-color': PALETTE_DARK.refugeeFlow, 'fill-opacity': 0.6 },
  'refugees-flow-outline': { 'line-color': PALETTE_DARK.refugeeFlowOutline },
  'kyiv-point': { 'circle-color': PALETTE_DARK.capital, 'circle-stroke-color': '#000000' },
  'ports-ring-fill': { 'fill-color': PALETTE_DARK.portSeized },
  'ports-ring-seized': { 'line-color': PALETTE_DARK.portSeized },
  'ports-ring-besieged': { 'line-color': PALETTE_DARK.portBesieged },
  'ports-point': {
    'circle-color': ['match', ['get', 'status'], 'seized', PALETTE_DARK.portSeized, 'captured', PALETTE_DARK.portOther, '#ffffff'],
    'circle-stroke-color': ['match', ['get', 'status'], ['seized', 'besieged'], PALETTE_DARK.portSeized, PALETTE_DARK.portOther],
  },
  'talks-area-fill': { 'fill-color': PALETTE_DARK.talks },
  'talks-area-outline': { 'line-color': PALETTE_DARK.talks },
  'talks-point': {
    'circle-color': ['case', ['==', ['get', 'round'], 2], PALETTE_DARK.talks, '#ffffff'],
    'circle-stroke-color': PALETTE_DARK.talks,
  },
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
