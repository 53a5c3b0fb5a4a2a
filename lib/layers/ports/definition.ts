import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { PlaceProperties } from '../place-properties';
import type { StoryProperties } from '../story-properties';

/** A port of the story: seized, besieged, captured earlier, or threatened. */
export interface PortProperties extends PlaceProperties {
  kind: 'port';
  /** For readers: the English code, or its translation in the Ukrainian edition (lib/layers/ports/localize.ts). */
  status: string;
  /** For the style: the status as a code in every edition. Matching on `status` drew /uk's ports white. */
  statusCode: 'seized' | 'besieged' | 'captured' | 'threatened' | 'preparing its defence';
  /** Primary: the two ports the story speaks of. Secondary: the coast's other ports. */
  priority: 'primary' | 'secondary';
}

/** The emphasis ring around a primary port. */
export interface PortRingProperties extends StoryProperties {
  kind: 'port-ring';
  portId: string;
  /** The port's status, in the edition's words. */
  status: string;
  statusCode: PortProperties['statusCode'];
  /** Who made the judgement the status carries. */
  by?: string;
  radiusKm: number;
}

export const PORTS_LAYERS = [
  {
    id: 'ports-ring-fill',
    type: 'fill',
    filter: ['==', ['get', 'kind'], 'port-ring'],
    paint: { 'fill-color': PALETTE.portSeized, 'fill-opacity': ['case', ['==', ['get', 'statusCode'], 'seized'], 0.16, 0.07] },
  },
  {
    id: 'ports-ring-seized',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'port-ring'], ['==', ['get', 'statusCode'], 'seized']],
    paint: { 'line-color': PALETTE.portSeized, 'line-width': 2 },
  },
  {
    // Besieged: a dashed ring, so the two states differ in more than colour.
    id: 'ports-ring-besieged',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'port-ring'], ['==', ['get', 'statusCode'], 'besieged']],
    paint: { 'line-color': PALETTE.portBesieged, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
  },
  {
    id: 'ports-point',
    type: 'circle',
    filter: ['==', ['get', 'kind'], 'port'],
    paint: {
      // Smaller at a phone's scale (zoom 3), where Mariupol's full-size ring lay over Volnovakha's centre, 9 px away.
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['==', ['get', 'priority'], 'primary'], 5, 3.5], 4, ['case', ['==', ['get', 'priority'], 'primary'], 7, 4.5]],
      // Seized and captured ports are filled; besieged, threatened and others are hollow.
      'circle-color': [
        'match',
        ['get', 'statusCode'],
        'seized',
        PALETTE.portSeized,
        'captured',
        PALETTE.portOther,
        '#ffffff',
      ],
      'circle-stroke-color': [
        'match',
        ['get', 'statusCode'],
        ['seized', 'besieged'],
        PALETTE.portSeized,
        PALETTE.portOther,
      ],
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 3, ['case', ['==', ['get', 'statusCode'], 'besieged'], 2.5, 1.5], 4, ['case', ['==', ['get', 'statusCode'], 'besieged'], 3.5, 2]],
    },
  },
] as const satisfies readonly DataStyleLayer[];

export const PORTS_INTERACTIVE_LAYER_IDS = ['ports-point', 'ports-ring-fill'];
