import type { Position } from 'geojson';
import type { DataStyleLayer } from '../../map/data-style-layer';
import { PALETTE } from '../../config';
import type { StoryProperties } from '../source';

/** A proportional refugee flow from Ukraine into one receiving country (or onward from it). */
export interface RefugeeFlowProperties extends StoryProperties {
  kind: 'refugee-flow';
  country: string;
  /** People counted by UNHCR in the snapshot. */
  count: number;
  /** Share of the snapshot's total, 0–1. */
  share: number;
  /** The count in UNHCR's later update of the same day, where it is sourced. */
  laterCount: number | null;
  /** True for people who moved on beyond the neighbouring countries. */
  onward: boolean;
  widthKm: number;
  /** True when the count is too small for a visible proportional width and the arrow is drawn at the minimum. */
  widthClamped: boolean;
  lengthKm: number;
  /** Where the count's label sits: the arrow's tip. */
  labelPosition: Position;
  /** Which side of its text the label pins to the tip, so that the text runs on past the arrow. */
  labelAnchor: 'left' | 'right' | 'top' | 'bottom';
  asOf: string;
}

/** A main border crossing of the first week. */
export interface BorderCrossingProperties extends StoryProperties {
  kind: 'border-crossing';
  country: string;
  positionAccuracy: 'approximate';
  /** Distance to Ukraine's border as the basemap draws it, kilometres. */
  distanceToBorderKm: number;
}

export type RefugeesProperties = RefugeeFlowProperties | BorderCrossingProperties;

export const REFUGEES_LAYERS = [
  {
    id: 'refugees-flow-fill',
    type: 'fill',
    filter: ['==', ['get', 'kind'], 'refugee-flow'],
    paint: { 'fill-color': PALETTE.refugeeFlow, 'fill-opacity': ['case', ['get', 'onward'], 0.22, 0.5] },
  },
  {
    id: 'refugees-flow-outline',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'refugee-flow'], ['!', ['get', 'onward']]],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': PALETTE.refugeeFlowOutline, 'line-width': 1, 'line-opacity': 0.8 },
  },
  {
    id: 'refugees-flow-onward-outline',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'refugee-flow'], ['get', 'onward']],
    paint: { 'line-color': PALETTE.refugeeFlowOutline, 'line-width': 1.2, 'line-dasharray': [3, 2] },
  },
  {
    id: 'refugees-crossing',
    type: 'circle',
    filter: ['==', ['get', 'kind'], 'border-crossing'],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.5, 8, 5],
      'circle-color': '#ffffff',
      'circle-stroke-color': PALETTE.crossing,
      'circle-stroke-width': 1.5,
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const REFUGEES_INTERACTIVE_LAYER_IDS = ['refugees-flow-fill', 'refugees-crossing'];
