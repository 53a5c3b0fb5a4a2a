import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import type { BBox } from 'geojson';
import { MAX_ZOOM, MIN_ZOOM, REGION_BBOX } from '../config';
import { LAYER_IDS, isAlwaysOn, layerUrl, type ToggleableLayerId } from '../layers/registry';
import type { Locale } from '../i18n/locale';
import { MAPLIBRE_UI } from '../i18n/maplibre-ui';
import type { MapView } from '../url/map-url-state';
import { baseStyle, slotLayerId } from './base-style';
import { cameraOptions, initialCamera } from './map-camera';
import { placedStyleLayers } from './placed-style-layers';
import type { ColorScheme } from './themes';

/** Id of the element React renders as the map's container; the early map draws over it until React adopts it. */
export const MAP_CONTAINER_ID = 'map-canvas';

/** A page's map, as the address and the page's kind set it up. */
export interface MapOptionsInput {
  view: MapView | null;
  bbox?: BBox | null;
  cooperativeGestures: boolean;
  locale?: Locale;
}

/**
 * The style the map has once every layer that loads with the page is on it: the base style
 * (background in the scheme, one slot per data layer) with each of those layers' sources, as URLs
 * the worker fetches, and its style layers just before its slot, where React places them too.
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

/** MapLibre's options for a page's map (without container and style), as the early map is made: React's map takes the same camera and {@link mapInteraction}. */
export function mapOptions({ view, bbox, cooperativeGestures, locale = 'en' }: MapOptionsInput): Partial<MapOptions> {
  return { ...cameraOptions(initialCamera(view, bbox)), ...mapInteraction(cooperativeGestures, locale) };
}
