import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { StoryProperties } from '../story-properties';

/** One sea's stretch of Ukraine's coastline. */
export interface CoastProperties extends StoryProperties {
  kind: 'coastline';
  sea: 'Black Sea' | 'Sea of Azov';
  /** Length of the drawn coastline at Natural Earth 1:50m, in kilometres (real coasts are longer). */
  lengthKm: number;
}

export const COAST_LAYERS = [
  {
    id: 'coast-line',
    type: 'line',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': PALETTE.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.5, 8, 4] },
  },
] as const satisfies readonly DataStyleLayer[];

export const COAST_INTERACTIVE_LAYER_IDS = ['coast-line'];
