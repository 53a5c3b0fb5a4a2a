import type { DataStyleLayer } from './data-style-layer';
import { BASEMAP_INTERACTIVE_LAYER_IDS, BASEMAP_LAYERS } from '../layers/basemap/definition';
import { COAST_INTERACTIVE_LAYER_IDS, COAST_LAYERS } from '../layers/coast/definition';
import { CONTEXT_INTERACTIVE_LAYER_IDS, CONTEXT_LAYERS } from '../layers/context/definition';
import { KYIV_INTERACTIVE_LAYER_IDS, KYIV_LAYERS } from '../layers/kyiv/definition';
import { PORTS_INTERACTIVE_LAYER_IDS, PORTS_LAYERS } from '../layers/ports/definition';
import { REFUGEES_INTERACTIVE_LAYER_IDS, REFUGEES_LAYERS } from '../layers/refugees/definition';
import type { LayerId } from '../layers/registry';
import { TALKS_INTERACTIVE_LAYER_IDS, TALKS_LAYERS } from '../layers/talks/definition';

/** Each data layer's MapLibre style layers, bottom first. */
export const STYLE_LAYERS: Record<LayerId, readonly DataStyleLayer[]> = {
  basemap: BASEMAP_LAYERS,
  coast: COAST_LAYERS,
  refugees: REFUGEES_LAYERS,
  talks: TALKS_LAYERS,
  ports: PORTS_LAYERS,
  context: CONTEXT_LAYERS,
  kyiv: KYIV_LAYERS,
};

/** Style layers that open a feature's details when clicked, per data layer. */
export const INTERACTIVE_LAYER_IDS: Record<LayerId, readonly string[]> = {
  basemap: BASEMAP_INTERACTIVE_LAYER_IDS,
  coast: COAST_INTERACTIVE_LAYER_IDS,
  refugees: REFUGEES_INTERACTIVE_LAYER_IDS,
  talks: TALKS_INTERACTIVE_LAYER_IDS,
  ports: PORTS_INTERACTIVE_LAYER_IDS,
  context: CONTEXT_INTERACTIVE_LAYER_IDS,
  kyiv: KYIV_INTERACTIVE_LAYER_IDS,
};

/** The ids of a data layer's style layers, for queryRenderedFeatures and tests. */
export function styleLayerIds(id: LayerId): string[] {
  return STYLE_LAYERS[id].map((layer) => layer.id);
}
