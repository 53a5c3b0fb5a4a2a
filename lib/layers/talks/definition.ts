import type { DataStyleLayer } from '../../map/data-style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';

/** A talks venue, with the distances that test the story's "on the Ukrainian border". */
export interface TalksProperties extends PlaceProperties {
  kind: 'talks-venue';
  round: number;
  /** Geodesic distance to the nearest point of Ukraine's border, kilometres. */
  distanceToUkraineKm: number;
  /** The nearest border of another country than the host's, and its distance in kilometres. */
  nearestBorder: { country: string; distanceKm: number };
}

export const TALKS_LAYERS = [
  {
    id: 'talks-halo',
    type: 'circle',
    filter: ['==', ['get', 'positionAccuracy'], 'approximate'],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 8, 22],
      'circle-color': PALETTE.talks,
      'circle-opacity': 0.14,
      'circle-stroke-color': PALETTE.talks,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.5,
    },
  },
  {
    id: 'talks-point',
    type: 'circle',
    paint: {
      'circle-radius': ['case', ['==', ['get', 'round'], 2], 7, 5],
      'circle-color': ['case', ['==', ['get', 'round'], 2], PALETTE.talks, '#ffffff'],
      'circle-stroke-color': PALETTE.talks,
      'circle-stroke-width': 2.5,
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const TALKS_INTERACTIVE_LAYER_IDS = ['talks-point', 'talks-halo'];
