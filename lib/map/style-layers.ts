import type { DataStyleLayer } from '../layers/style-layer';
import { LAYERS } from '../layers/layers';
import type { LayerId } from '../layers/registry';

/** Each data layer's MapLibre style layers, bottom first. */
export const STYLE_LAYERS = Object.fromEntries(LAYERS.map((layer) => [layer.id, layer.style])) as Record<LayerId, readonly DataStyleLayer[]>;

/** Style layers that open a feature's details when clicked, per data layer. */
export const INTERACTIVE_LAYER_IDS = Object.fromEntries(LAYERS.map((layer) => [layer.id, layer.clickable])) as Record<LayerId, readonly string[]>;

/** The ids of a data layer's style layers, for queryRenderedFeatures and tests. */
export function styleLayerIds(id: LayerId): string[] {
  return STYLE_LAYERS[id].map((layer) => layer.id);
}
