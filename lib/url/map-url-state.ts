import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../config';
import { TOGGLEABLE_LAYER_IDS, isToggleableLayerId, type ToggleableLayerId } from '../layers/registry';

/** A camera position: centre in degrees and MapLibre zoom. */
export interface MapView {
  longitude: number;
  latitude: number;
  zoom: number;
}

/** What a map link carries: the layers switched on and, optionally, the view and the refugee figures' day. */
export interface MapUrlState {
  layers: ToggleableLayerId[];
  /** Null when the link has no valid view: the map then fits its default bounds. */
  view: MapView | null;
  /**
   * The publication day of the refugee figures the arrows show (YYYY-MM-DD), or null for the
   * default. Checked only for its form here; the page falls back when no figures exist for it.
   */
  date: string | null;
}

/** Query parameters as Next.js hands them to a page, or as the browser has them. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

const MAX_PARAM_LENGTH = 200; // longer values are not ours: ignore them

/**
 * Reads `layers=talks,ports`, `view=lon,lat,zoom` and `date=YYYY-MM-DD` from a query. Never throws: a missing or
 * invalid value falls back to the default (every layer on; the default view).
 *
 * @example parseMapUrlState(new URLSearchParams('layers=talks&view=30.5,50.4,6'))
 * // => { layers: ['talks'], view: { longitude: 30.5, latitude: 50.4, zoom: 6 }, date: null }
 */
export function parseMapUrlState(query: QueryInput): MapUrlState {
  return { layers: parseLayers(queryParam(query, 'layers')), view: parseView(queryParam(query, 'view')), date: parseDate(queryParam(query, 'date')) };
}

/** Writes the state as a query string (without "?"), in the same form {@link parseMapUrlState} reads. */
export function serializeMapUrlState(state: MapUrlState): string {
  const params = new URLSearchParams();
  const ordered = TOGGLEABLE_LAYER_IDS.filter((id) => state.layers.includes(id));
  params.set('layers', ordered.join(','));
  if (state.view) {
    const { longitude, latitude, zoom } = state.view;
    params.set('view', `${longitude.toFixed(4)},${latitude.toFixed(4)},${zoom.toFixed(2)}`);
  }
  if (state.date) params.set('date', state.date);
  return params.toString().replaceAll('%2C', ',');
}

/**
 * One query parameter as a single string: the first of repeated values; null when it is absent or
 * longer than any value of ours (200 characters).
 */
export function queryParam(query: QueryInput, name: string): string | null {
  const value = query instanceof URLSearchParams ? query.get(name) : query[name];
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === 'string' && single.length <= MAX_PARAM_LENGTH ? single : null;
}

function parseLayers(value: string | null): ToggleableLayerId[] {
  if (value === null) return [...TOGGLEABLE_LAYER_IDS];
  if (value.trim() === '') return [];
  const ids = value.split(',').map((s) => s.trim());
  const known = TOGGLEABLE_LAYER_IDS.filter((id) => ids.includes(id));
  // A list naming no layer we know is a broken link, not a request for an empty map.
  return known.length > 0 || !ids.some((id) => id !== '' && !isToggleableLayerId(id)) ? known : [...TOGGLEABLE_LAYER_IDS];
}

function parseDate(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 30 February over into March: only a date that survives the round trip is real.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : null;
}

function parseView(value: string | null): MapView | null {
  if (value === null) return null;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [longitude, latitude, zoom] = parts.map(Number) as [number, number, number];
  const [west, south, east, north] = REGION_BBOX;
  if (longitude < west || longitude > east || latitude < south || latitude > north) return null;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  return { longitude, latitude, zoom };
}
