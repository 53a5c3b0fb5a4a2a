import { Layer, Source } from 'react-map-gl/maplibre';
import type { Locale } from '@/lib/i18n/locale';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { LAYER_IDS, layerUrl, type LayerId } from '@/lib/layers/registry';
import { slotLayerId } from '@/lib/map/base-style';
import { placedStyleLayers } from '@/lib/map/placed-style-layers';
import type { ColorScheme } from '@/lib/map/themes';

interface LayerSourcesProps {
  labels: Partial<Record<LayerId, LabelCollection>>;
  visible: Record<LayerId, boolean>;
  scheme: ColorScheme;
  locale: Locale;
  refugeeDate: string;
}

/**
 * Each data layer's source, as the URL MapLibre's worker reads, and its style layers just before
 * its slot, as the early map placed them (lib/map/map-options.ts' initialStyle). Once switched on,
 * a layer's source stays, hidden while switched off.
 */
export function LayerSources({ labels, visible, scheme, locale, refugeeDate }: LayerSourcesProps) {
  return LAYER_IDS.map((id) => {
    if (!visible[id] && !labels[id]) return null;
    return (
      <Source key={id} id={id} type="geojson" data={layerUrl(id, locale)} promoteId="id">
        {placedStyleLayers(id, scheme, visible[id], refugeeDate).map((layer) => (
          <Layer key={layer.id} {...layer} beforeId={slotLayerId(id)} />
        ))}
      </Source>
    );
  });
}
