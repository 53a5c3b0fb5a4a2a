import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_BY_ID, type LayerId } from '../layers/registry';
import { styleLayerForDate } from '../layers/style-layer';
import { STYLE_LAYERS } from './style-layers';
import { themedLayer, type ColorScheme } from './themes';

/**
 * A data layer's style layers exactly as the map holds them: themed, shown or hidden, on their
 * source, a day-by-day layer's features of one day (`refugeeDate`, the layer's `dated`). MapCanvas renders these, and the map started before React (lib/map/map-boot.ts) is built
 * from them, so that React finds the early map already in the state it would have made.
 */
export function placedStyleLayers(id: LayerId, scheme: ColorScheme, visible: boolean, refugeeDate: string): LayerSpecification[] {
  const { dated } = LAYER_BY_ID[id];
  return STYLE_LAYERS[id].map(
    (layer) =>
      ({
        ...themedLayer(styleLayerForDate(layer, dated, refugeeDate), scheme),
        source: id,
        layout: { ...('layout' in layer ? layer.layout : {}), visibility: visible ? 'visible' : 'none' },
      }) as LayerSpecification,
  );
}
