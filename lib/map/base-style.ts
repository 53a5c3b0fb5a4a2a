import type { StyleSpecification } from 'maplibre-gl';
import { PALETTE } from '../config';
import { LAYER_IDS, type LayerId } from '../layers/registry';
import { paintFor, type ColorScheme } from './themes';

/** Id of the empty layer that marks where a data layer's style layers go. */
export function slotLayerId(id: LayerId): string {
  return `slot-${id}`;
}

/**
 * The map style as data: a sea-coloured background and one invisible slot per data layer, in
 * drawing order, so that layers land in the right order whichever arrives first. No glyphs, no
 * sprite, no tiles: nothing is fetched from another host. Labels are HTML markers.
 */
export const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'Ukraine, 3 March 2022',
  sources: {},
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': PALETTE.sea } },
    ...LAYER_IDS.map((id) => ({
      id: slotLayerId(id),
      type: 'background' as const,
      layout: { visibility: 'none' as const },
    })),
  ],
};

/** The base style with its background in a colour scheme. */
export function baseStyle(scheme: ColorScheme): StyleSpecification {
  return {
    ...BASE_STYLE,
    layers: BASE_STYLE.layers.map((layer) => (layer.type === 'background' && layer.id === 'background' ? { ...layer, paint: paintFor(layer.id, layer.paint, scheme) } : layer)),
  };
}
