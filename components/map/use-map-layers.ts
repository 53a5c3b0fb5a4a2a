'use client';

import { useMemo } from 'react';
import { LAYER_IDS, TOGGLEABLE_LAYER_IDS, type LayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { useLayerData, type LayerCollection, type LayerData } from './use-layer-data';

/** Every layer's data and visibility for a set of switched-on layers. */
export interface MapLayers {
  layers: Record<LayerId, LayerData>;
  visible: Record<LayerId, boolean>;
  collections: Partial<Record<LayerId, LayerCollection>>;
  /** Switched-on layers whose data failed to load. */
  failed: ToggleableLayerId[];
}

/** One SWR hook per layer; the basemap and the coast are always on. */
export function useMapLayers(enabled: readonly ToggleableLayerId[]): MapLayers {
  const on = (id: ToggleableLayerId) => enabled.includes(id);
  const layers: Record<LayerId, LayerData> = {
    basemap: useLayerData('basemap', true),
    coast: useLayerData('coast', true),
    talks: useLayerData('talks', on('talks')),
    ports: useLayerData('ports', on('ports')),
    refugees: useLayerData('refugees', on('refugees')),
    kyiv: useLayerData('kyiv', on('kyiv')),
    context: useLayerData('context', on('context')),
  };
  const enabledKey = enabled.join();
  const visible = useMemo(
    () =>
      Object.fromEntries(
        LAYER_IDS.map((id) => [id, id === 'basemap' || id === 'coast' || enabledKey.split(',').includes(id)]),
      ) as Record<LayerId, boolean>,
    [enabledKey],
  );
  const loadedKey = LAYER_IDS.map((id) => (layers[id].data ? 1 : 0)).join('');
  const collections = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, layers[id].data])) as Partial<Record<LayerId, LayerCollection>>,
    // SWR keeps each layer's data object stable; loadedKey changes when one arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the comment above
    [loadedKey],
  );
  const failed = TOGGLEABLE_LAYER_IDS.filter((id) => enabled.includes(id) && layers[id].error);
  return { layers, visible, collections, failed };
}
