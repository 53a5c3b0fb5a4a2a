import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';
import type { StoryProperties } from '../story-properties';

/** A range of distances, kilometres: the site was not published, so one figure would be false precision. */
export interface RangeKm {
  minKm: number;
  maxKm: number;
}

/** A talks venue, with the distances that test the story's "on the Ukrainian border". */
export interface TalksProperties extends PlaceProperties {
  kind: 'talks-venue';
  round: number;
  /** Geodesic distance from the possible sites to Ukraine's border, kilometres. */
  distanceToUkraine: RangeKm;
  /** The nearest border of another country than the host's, with the range of distances to it. */
  nearestBorder: { country: string } & RangeKm;
  /** Named candidate buildings, where reports name any; the ranges are measured from them. */
  possibleSites: string[];
  /** Radius of the shaded area the site may lie in, kilometres (cut to the host country). */
  uncertaintyKm: number;
}

/** The area a venue may lie in: a circle around its approximate point, inside the host country. */
export interface TalksAreaProperties extends StoryProperties {
  kind: 'talks-area';
  round: number;
  venueId: string;
  radiusKm: number;
  positionAccuracy: 'approximate';
}

export type TalksLayerProperties = TalksProperties | TalksAreaProperties;

export const TALKS_LAYERS = [
  {
    id: 'talks-area-fill',
    type: 'fill',
    filter: ['==', ['get', 'kind'], 'talks-area'],
    paint: { 'fill-color': PALETTE.talks, 'fill-opacity': 0.16 },
  },
  {
    id: 'talks-area-outline',
    type: 'line',
    filter: ['==', ['get', 'kind'], 'talks-area'],
    paint: { 'line-color': PALETTE.talks, 'line-width': 1.2, 'line-opacity': 0.8, 'line-dasharray': [2, 2] },
  },
  {
    id: 'talks-point',
    type: 'circle',
    filter: ['==', ['get', 'kind'], 'talks-venue'],
    paint: {
      'circle-radius': ['case', ['==', ['get', 'round'], 2], 7, 5],
      'circle-color': ['case', ['==', ['get', 'round'], 2], PALETTE.talks, '#ffffff'],
      'circle-stroke-color': PALETTE.talks,
      'circle-stroke-width': 2.5,
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const TALKS_INTERACTIVE_LAYER_IDS = ['talks-point', 'talks-area-fill'];
