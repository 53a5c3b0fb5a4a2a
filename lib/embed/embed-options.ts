import { z } from 'zod';
import type { BBox } from 'geojson';
import { REGION_BBOX } from '../config';
import { TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '../layers/registry';
import { parseMapUrlState, type MapView, type QueryInput } from '../url/map-url-state';

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
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  layers: [...TOGGLEABLE_LAYER_IDS],
  view: null,
  bbox: null,
  title: true,
  legend: true,
  controls: true,
  theme: 'auto',
};

const MAX_PARAM_LENGTH = 200; // anything longer is not a value of ours

const flag = (fallback: boolean) => z.enum(['0', '1']).transform((v) => v === '1').catch(fallback);
const [WEST, SOUTH, EAST, NORTH] = REGION_BBOX;
const bboxSchema = z
  .string()
  .max(MAX_PARAM_LENGTH)
  .transform((v) => v.split(','))
  .pipe(z.tuple([z.string(), z.string(), z.string(), z.string()]))
  .transform((parts) => parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p.trim()) ? Number(p) : Number.NaN)) as BBox)
  .refine(([w, s, e, n]) => [w, s, e, n].every(Number.isFinite) && w < e && s < n, 'bbox must be w,s,e,n with w < e and s < n')
  .refine(([w, s, e, n]) => w >= WEST && e <= EAST && s >= SOUTH && n <= NORTH, 'bbox must lie inside the map region')
  .nullable()
  .catch(null);

/** The embed's query parameters, each optional; an invalid value falls back to its default. */
const embedQuerySchema = z.object({
  bbox: bboxSchema,
  title: flag(true),
  legend: flag(true),
  controls: flag(true),
  theme: z.enum(['light', 'dark', 'auto']).catch('auto'),
});

/**
 * Parses `/embed`'s query: `layers`, `view=lon,lat,zoom` or `bbox=w,s,e,n`, `title`, `legend`,
 * `controls` (0|1) and `theme` (light|dark|auto). Never throws; bad values become defaults.
 *
 * @example parseEmbedOptions(new URLSearchParams('layers=refugees&title=0')).title // => false
 */
export function parseEmbedOptions(query: QueryInput): EmbedOptions {
  const get = (name: string): string | null => {
    const value = query instanceof URLSearchParams ? query.get(name) : query[name];
    const single = Array.isArray(value) ? value[0] : value;
    return typeof single === 'string' ? single : null;
  };
  const { layers, view } = parseMapUrlState(query);
  const parsed = embedQuerySchema.parse({
    bbox: get('bbox'),
    title: get('title'),
    legend: get('legend'),
    controls: get('controls'),
    theme: get('theme'),
  });
  return { layers, view, ...parsed, bbox: view ? null : parsed.bbox };
}

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
  return params.toString().replaceAll('%2C', ',');
}
