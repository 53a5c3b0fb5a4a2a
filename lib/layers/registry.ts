import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import type { LayerModule } from './layer-module';
import { LAYERS } from './layers';

type AnyLayer = (typeof LAYERS)[number];

/** A data layer's id. */
export type LayerId = AnyLayer['id'];

/** A layer the reader can switch on and off. */
export type ToggleableLayerId = Extract<AnyLayer, { toggle: 'switch' }>['id'];

/** The layers the API serves and the map draws, in drawing order (bottom first). */
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((layer) => layer.id);

/** Every layer by its id. */
export const LAYER_BY_ID = Object.fromEntries(LAYERS.map((layer) => [layer.id, layer])) as Record<LayerId, LayerModule<LayerId>>;

const byStory = (a: LayerModule, b: LayerModule) => a.storyOrder - b.storyOrder;

/** The layers in the story's order: the switches, the key, the map in words and the tour follow it. */
export const LAYERS_IN_STORY_ORDER: readonly LayerModule<LayerId>[] = [...LAYERS].sort(byStory);

/** Layers a reader can switch on and off, in the story's order (the panel's). All are on by default. */
export const TOGGLEABLE_LAYER_IDS = LAYERS_IN_STORY_ORDER.filter((layer) => layer.toggle === 'switch').map(
  (layer) => layer.id,
) as readonly ToggleableLayerId[];

/** Layers drawn on every map, whatever is switched on. */
export const ALWAYS_ON_LAYER_IDS: readonly LayerId[] = LAYERS.filter((layer) => layer.toggle === 'always').map((layer) => layer.id);

/** Layers the map cannot be read without (the basemap): their failure covers the map, with a retry. */
export const ESSENTIAL_LAYER_IDS: readonly LayerId[] = LAYERS.filter((layer) => 'essential' in layer && layer.essential).map((layer) => layer.id);

/** What the panel and the API say about a layer, in each language. */
export interface LayerInfo {
  id: LayerId;
  title: Localized;
  description: Localized;
}

export const LAYER_INFO = Object.fromEntries(
  LAYERS.map(({ id, title, description }) => [id, { id, title, description }]),
) as Record<LayerId, LayerInfo>;

/** True for a string that names a layer. */
export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

/** True for a string that names a layer the reader can toggle. */
export function isToggleableLayerId(value: string): value is ToggleableLayerId {
  return (TOGGLEABLE_LAYER_IDS as readonly string[]).includes(value);
}

/** True for a layer drawn on every map. */
export function isAlwaysOn(id: LayerId): boolean {
  return ALWAYS_ON_LAYER_IDS.includes(id);
}

/** URL path of a layer's GeoJSON, with its words in a language: `/api/layers/<id>`, `/api/uk/layers/<id>`. */
export function layerUrl(id: LayerId, locale: Locale = 'en'): string {
  return locale === 'en' ? `/api/layers/${id}` : `/api/${locale}/layers/${id}`;
}

/**
 * URL path of a layer's labels (lib/layers/layer-labels.ts), what the page reads of the layer:
 * `/api/labels/<id>`, `/api/uk/labels/<id>`. Not under the layer's own path, which the static
 * edition writes as a file.
 */
export function labelsUrl(id: LayerId, locale: Locale = 'en'): string {
  return locale === 'en' ? `/api/labels/${id}` : `/api/${locale}/labels/${id}`;
}
