import type { DataStyleLayer } from '../style-layer';
import { PALETTE } from '../../config';
import type { StoryProperties } from '../story-properties';

/** A country of the basemap. */
export interface CountryProperties extends StoryProperties {
  kind: 'country';
  /** ISO 3166-1 numeric code ("804" = Ukraine). */
  iso: string;
  /** True for Ukraine, the story's country, drawn to stand out. */
  focus: boolean;
}

/** Crimea, drawn as part of Ukraine and hatched as annexed. */
export interface AnnexedTerritoryProperties extends StoryProperties {
  kind: 'annexed-territory';
  annexedBy: string;
  annexedYear: number;
}

export type BasemapProperties = CountryProperties | AnnexedTerritoryProperties;

/** Name of the hatch pattern image the map registers for Crimea. */
export const CRIMEA_HATCH_IMAGE = 'crimea-hatch';

export const BASEMAP_LAYERS = [
  {
    id: 'basemap-land',
    type: 'fill',
    filter: ['==', ['get', 'kind'], 'country'],
    paint: { 'fill-color': ['case', ['get', 'focus'], PALETTE.ukraine, PALETTE.land] },
  },
  {
    id: 'basemap-crimea-hatch',
    type: 'fill',
    filter: ['==', ['get', 'kind'], 'annexed-territory'],
    paint: { 'fill-pattern': CRIMEA_HATCH_IMAGE, 'fill-opacity': 0.9 },
  },
  {
    id: 'basemap-borders',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'country'], ['!', ['get', 'focus']]],
    paint: { 'line-color': PALETTE.landBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2] },
  },
  {
    id: 'basemap-crimea-outline',
    type: 'line',
    filter: ['==', ['get', 'kind'], 'annexed-territory'],
    paint: { 'line-color': PALETTE.crimeaHatch, 'line-width': 1, 'line-dasharray': [3, 2] },
  },
  {
    id: 'basemap-ukraine-border',
    type: 'line',
    filter: ['all', ['==', ['get', 'kind'], 'country'], ['get', 'focus']],
    paint: { 'line-color': PALETTE.ukraineBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.2, 8, 2.4] },
  },
] as const satisfies readonly DataStyleLayer[];

/** Style layers a reader can click for details. */
export const BASEMAP_INTERACTIVE_LAYER_IDS = ['basemap-crimea-hatch'];
