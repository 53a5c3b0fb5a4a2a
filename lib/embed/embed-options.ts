import type { BBox } from 'geojson';
import { TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '../layers/registry';
import type { MapView } from '../url/map-url-state';

/** Colour scheme of an embed: fixed, or following the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** How an embed is configured by its query string. */
export interface EmbedOptions {
  layers: ToggleableLayerId[];
  view: MapView | null;
  /** Initial bounds [w, s, e, n], used when there is no `view`. */
  bbox: BBox | null;
  title: boolean;
  legend: boolean;
  controls: boolean;
  theme: Theme;
  /** The publication day of the refugee figures the arrows show; null for the default (the story's day). */
  date: string | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  layers: [...TOGGLEABLE_LAYER_IDS],
  view: null,
  bbox: null,
  title: true,
  legend: true,
  controls: true,
  theme: 'auto',
  date: null,
};

/** Writes the options that differ from the defaults as a query string (without "?"). */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const params = new URLSearchParams();
  params.set('layers', TOGGLEABLE_LAYER_IDS.filter((id) => options.layers.includes(id)).join(','));
  if (options.view) {
    const { longitude, latitude, zoom } = options.view;
    params.set('view', `${longitude.toFixed(4)},${latitude.toFixed(4)},${zoom.toFixed(2)}`);
  } else if (options.bbox) {
    params.set('bbox', options.bbox.map((v) => v.toFixed(4)).join(','));
  }
  for (const key of ['title', 'legend', 'controls'] as const) {
    if (options[key] !== DEFAULT_EMBED_OPTIONS[key]) params.set(key, options[key] ? '1' : '0');
  }
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
  if (options.date) params.set('date', options.date);
  return params.toString().replaceAll('%2C', ',');
}
