import type { ExpressionSpecification } from 'maplibre-gl';
import type { Position } from 'geojson';
import type { DataStyleLayer, DatedStyle } from '../style-layer';
import { PALETTE } from '../../config';
import type { StoryProperties } from '../story-properties';

/** A proportional refugee flow from Ukraine into one receiving country, for one day's UNHCR figures. */
export interface RefugeeFlowProperties extends StoryProperties {
  kind: 'refugee-flow';
  /** The flow this arrow draws (one per receiving country), the same on every day. */
  flowId: string;
  country: string;
  /** The publication day of the figures drawn: the date control shows one day at a time. */
  snapshotDate: string;
  /** The last day of arrivals the figures count. */
  arrivalsTo: string | null;
  /** The UNHCR update the count comes from. */
  updateId: string;
  /** People counted by UNHCR in that update. */
  count: number;
  /** Share of that update's total, 0–1. */
  share: number;
  /** The count in the same day's earlier update, where UNHCR updated twice; null otherwise. */
  earlierCount: number | null;
  /** The count on the previous day the map can draw; null for the first. */
  previousCount: number | null;
  /** What the count does and does not include, where the sources say something about it. */
  caveat: string | null;
  widthKm: number;
  /** True when the count is too small for a visible proportional width and the arrow is drawn at the minimum. */
  widthClamped: boolean;
  lengthKm: number;
  /** Where the count's label sits: the arrow's tip. */
  labelPosition: Position;
  /** Which side of its text the label pins to the tip, so that the text runs on past the arrow. */
  labelAnchor: 'left' | 'right' | 'top' | 'bottom';
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

const IS_FLOW: ExpressionSpecification = ['==', ['get', 'kind'], 'refugee-flow'];

export const REFUGEES_LAYERS = [
  {
    id: 'refugees-flow-fill',
    type: 'fill',
    filter: IS_FLOW,
    paint: { 'fill-color': PALETTE.refugeeFlow, 'fill-opacity': 0.5 },
  },
  {
    id: 'refugees-flow-outline',
    type: 'line',
    filter: IS_FLOW,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': PALETTE.refugeeFlowOutline, 'line-width': 1, 'line-opacity': 0.8 },
  },
  {
    id: 'refugees-crossing',
    type: 'circle',
    filter: ['==', ['get', 'kind'], 'border-crossing'],
    paint: {
      // Smaller still at a phone's scale (zoom 3), where Medyka's and Korczowa's crossings lie 3.4 px apart.
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 1.75, 4, 2.5, 8, 5],
      'circle-color': '#ffffff',
      'circle-stroke-color': PALETTE.crossing,
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 4, 1.5],
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const REFUGEES_INTERACTIVE_LAYER_IDS = ['refugees-flow-fill', 'refugees-crossing'];

/** The style layers that draw one day's arrows (by their `snapshotDate`); the crossings are the same every day. */
export const REFUGEES_DATED: DatedStyle = { styleLayers: ['refugees-flow-fill', 'refugees-flow-outline'], property: 'snapshotDate' };
