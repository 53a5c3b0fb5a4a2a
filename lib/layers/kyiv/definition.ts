import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';

/** Kyiv, where Zelenskyy's office announced the talks. */
export interface KyivProperties extends PlaceProperties {
  kind: 'capital';
}

export const KYIV_LAYERS = [
  {
    id: 'kyiv-ring',
    type: 'circle',
    // Smaller at a phone's scale (zoom 3): the full ring lay over Borodianka's centre, 8 px away.
    paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 5.5, 5, 10], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': PALETTE.capital, 'circle-stroke-width': 1.5 },
  },
  {
    id: 'kyiv-point',
    type: 'circle',
    paint: { 'circle-radius': 5, 'circle-color': PALETTE.capital, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
  },
] as const satisfies readonly DataStyleLayer[];

export const KYIV_INTERACTIVE_LAYER_IDS = ['kyiv-point', 'kyiv-ring'];
