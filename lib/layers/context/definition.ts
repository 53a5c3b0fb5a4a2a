import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';

/** A reference city: Moscow (Lavrov), Minsk, and the Belarusian regional capitals near the venues. */
export interface ContextProperties extends PlaceProperties {
  kind: 'capital' | 'regional-capital';
}

export const CONTEXT_LAYERS = [
  {
    id: 'context-point',
    type: 'circle',
    paint: {
      'circle-radius': ['case', ['==', ['get', 'kind'], 'capital'], 4.5, 3],
      'circle-color': ['case', ['==', ['get', 'kind'], 'capital'], PALETTE.context, '#ffffff'],
      'circle-stroke-color': PALETTE.context,
      'circle-stroke-width': 1.5,
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const CONTEXT_INTERACTIVE_LAYER_IDS = ['context-point'];
