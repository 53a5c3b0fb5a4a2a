import type { BBox } from 'geojson';
import { REGION_BBOX } from '../config';
import { parseMapUrlState, queryParam, type QueryInput } from '../url/map-url-state';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from './embed-options';

// Plain functions, not a schema library: this parser also runs in the page's first inline script
// (lib/page/), before any framework code, where every kilobyte delays the first paint.

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const NUMBER = /^-?\d+(\.\d+)?$/;

/** `0` or `1`; anything else is the default. */
function parseFlag(value: string | null, fallback: boolean): boolean {
  return value === '1' ? true : value === '0' ? false : fallback;
}

/** `w,s,e,n` inside the map region with w < e and s < n; anything else is null. */
export function parseBbox(value: string | null): BBox | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length !== 4 || parts.some((p) => !NUMBER.test(p.trim()))) return null;
  const [w, s, e, n] = parts.map(Number) as [number, number, number, number];
  const [west, south, east, north] = REGION_BBOX;
  if (!(w < e && s < n)) return null;
  return w >= west && e <= east && s >= south && n <= north ? [w, s, e, n] : null;
}

/**
 * Parses `/embed`'s query: `layers`, `view=lon,lat,zoom` or `bbox=w,s,e,n`, `title`, `legend`,
 * `controls` (0|1), `theme` (light|dark|auto) and `date` (the refugee figures' day, YYYY-MM-DD). Never throws; bad values become defaults.
 *
 * @example parseEmbedOptions(new URLSearchParams('layers=refugees&title=0')).title // => false
 */
export function parseEmbedOptions(query: QueryInput): EmbedOptions {
  const get = (name: string) => queryParam(query, name);
  const { layers, view, date } = parseMapUrlState(query);
  const theme = THEMES.find((t) => t === get('theme')) ?? DEFAULT_EMBED_OPTIONS.theme;
  return {
    layers,
    view,
    date,
    bbox: view ? null : parseBbox(get('bbox')),
    title: parseFlag(get('title'), DEFAULT_EMBED_OPTIONS.title),
    legend: parseFlag(get('legend'), DEFAULT_EMBED_OPTIONS.legend),
    controls: parseFlag(get('controls'), DEFAULT_EMBED_OPTIONS.controls),
    theme,
  };
}
