import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';
import type { Source } from '../../geodata/source';
import { DRAWN_AT_THIS_ZOOM } from '../drawn-with';

/** One report about a city, with the sources that carry it. */
export interface CityReport {
  date: string;
  text: string;
  sources: Source[];
}

/** A city or town reported struck or shelled on 1–3 March 2022. */
export interface CityUnderFireProperties extends PlaceProperties {
  kind: 'city-under-fire';
  reports: CityReport[];
  casualties?: string;
  confidence: 'high' | 'medium' | 'low';
  confidenceNote: string;
  /** The layer that marks the same place (Kyiv, a port): its label names the place while it is on. */
  sharedWith?: string;
  /** Which side of the label is pinned to the point: 'top' puts the name below the point, 'bottom' above, 'left' to the right. */
  labelAnchor: 'top' | 'bottom' | 'left';
  /** The cities' names are minor labels: smaller, and left out on a narrow map, where the story's own places need the room. */
  priority: 'secondary';
  /** Drawn as one with this place of the layer (its id) below `drawnWithBelowZoom` (lib/layers/drawn-with.ts). */
  drawnWith?: string;
  drawnWithBelowZoom?: number;
}

export const CITIES_LAYERS = [
  {
    // A halo around the city: drawn under the other layers' points, so that Kyiv and Mariupol keep
    // their own markers and gain the halo.
    id: 'cities-halo',
    type: 'circle',
    filter: DRAWN_AT_THIS_ZOOM,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 8, 16],
      'circle-color': PALETTE.underFire,
      // Fainter where fewer outlets report.
      'circle-opacity': ['match', ['get', 'confidence'], 'high', 0.24, 'medium', 0.16, 0.09],
      'circle-stroke-color': PALETTE.underFire,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.7,
    },
  },
  {
    id: 'cities-point',
    type: 'circle',
    filter: DRAWN_AT_THIS_ZOOM,
    paint: { 'circle-radius': 4, 'circle-color': PALETTE.underFire, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
  },
] as const satisfies readonly DataStyleLayer[];

export const CITIES_INTERACTIVE_LAYER_IDS = ['cities-point', 'cities-halo'];
