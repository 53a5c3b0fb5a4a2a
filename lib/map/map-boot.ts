import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import type { BBox } from 'geojson';
import { INITIAL_BOUNDS, MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../config';
import { LAYER_IDS, isAlwaysOn, layerUrl, type ToggleableLayerId } from '../layers/registry';
import type { Locale } from '../i18n/locale';
import { MAPLIBRE_UI } from '../i18n/maplibre-ui';
import type { MapView } from '../url/map-url-state';
import { baseStyle, slotLayerId } from './base-style';
import { placedStyleLayers } from './placed-style-layers';
import type { ColorScheme } from './themes';

/** The camera and interaction settings of a page's map, as both the boot script and MapCanvas give them to MapLibre. */
export interface MapOptionsInput {
  view: MapView | null;
  bbox?: BBox | null;
  cooperativeGestures: boolean;
  locale?: Locale;
}

/**
 * The style the map has once React has added the layers that load with the page: the base style
 * (background in the scheme, one slot per data layer) with each of those layers' sources, as URLs
 * the worker fetches, and style layers before their slot, as MapCanvas places them.
 */
export function initialStyle(enabled: readonly ToggleableLayerId[], scheme: ColorScheme, refugeeDate: string, locale: Locale = 'en'): StyleSpecification {
  const included = LAYER_IDS.filter((id) => isAlwaysOn(id) || (enabled as readonly string[]).includes(id));
  const base = baseStyle(scheme);
  return {
    ...base,
    sources: Object.fromEntries(included.map((id) => [id, { type: 'geojson', data: layerUrl(id, locale), promoteId: 'id' }])),
    layers: base.layers.flatMap((layer) => {
      const id = LAYER_IDS.find((l) => slotLayerId(l) === layer.id);
      return id && included.includes(id) ? [...placedStyleLayers(id, scheme, true, refugeeDate), layer] : [layer];
    }),
  };
}

/** How a page's map may be moved: zoom range, region, no rotation or pitch; the credits are the page's own; MapLibre's words in the edition's language. */
export function mapInteraction(cooperativeGestures: boolean, locale: Locale = 'en') {
  return {
    locale: MAPLIBRE_UI[locale],
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: REGION_BBOX as [number, number, number, number],
    cooperativeGestures,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
  } as const;
}

/** MapLibre's options for a page's map (without container and style): the boot script's; MapCanvas spreads the same {@link mapInteraction}. */
export function mapOptions({ view, bbox, cooperativeGestures, locale = 'en' }: MapOptionsInput): Partial<MapOptions> {
  const camera: Partial<MapOptions> = view
    ? { center: [view.longitude, view.latitude], zoom: view.zoom }
    : { bounds: (bbox ?? INITIAL_BOUNDS) as [number, number, number, number], fitBoundsOptions: { padding: 24 } };
  return { ...camera, ...mapInteraction(cooperativeGestures, locale) };
}

/** JSON that is safe inside an HTML <script>: no "</script>", no line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
