import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../layers/registry';
import { refugeeLayerForDate } from '../layers/refugees/definition';
import { STYLE_LAYERS } from './style-layers';
import { themedLayer, type ColorScheme } from './themes';

/**
 * A data layer's style layers exactly as the map holds them: themed, shown or hidden, on their
 * source, the refugee arrows of one day (`refugeeDate`). MapCanvas renders these, and the map started before React (lib/map/map-boot.ts) is built
 * from them, so that React finds the early map already in the state it would have made.
 */
export function placedStyleLayers(id: LayerId, scheme: ColorScheme, visible: boolean, refugeeDate: string): LayerSpecification[] {
  return STYLE_LAYERS[id].map(
    (layer) =>
      ({
        ...themedLayer(id === 'refugees' ? refugeeLayerForDate(layer, refugeeDate) : layer, scheme),
        source: id,
        layout: { ...('layout' in layer ? layer.layout : {}), visibility: visible ? 'visible' : 'none' },
      }) as LayerSpecification,
  );
}
