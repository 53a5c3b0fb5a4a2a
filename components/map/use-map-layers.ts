'use client';

import { useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { LAYER_IDS, TOGGLEABLE_LAYER_IDS, isAlwaysOn, type LayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { useLayerData, type LayerCollection, type LayerData } from './use-layer-data';

/** Every layer's data and visibility for a set of switched-on layers. */
export interface MapLayers {
  layers: Record<LayerId, LayerData>;
  visible: Record<LayerId, boolean>;
  collections: Partial<Record<LayerId, LayerCollection>>;
  /** Switched-on layers whose data failed to load. */
  failed: ToggleableLayerId[];
}

/** Whether a layer is drawn: always-on layers always, the others when switched on. */
const isShown = (id: LayerId, enabled: readonly string[]) => isAlwaysOn(id) || enabled.includes(id);

/** One SWR hook per layer of the list (lib/layers/layers.ts); always-on layers are always fetched. */
export function useMapLayers(enabled: readonly ToggleableLayerId[], locale: Locale = 'en'): MapLayers {
  const layers = Object.fromEntries(
    // LAYER_IDS is a module constant: the hooks are called the same number of times, in the same
    // order, on every render, which is all the rules of hooks ask.
    // eslint-disable-next-line react-hooks/rules-of-hooks -- see the comment above
    LAYER_IDS.map((id) => [id, useLayerData(id, isShown(id, enabled), locale)]),
  ) as Record<LayerId, LayerData>;
  const enabledKey = enabled.join();
  const visible = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, isShown(id, enabledKey.split(','))])) as Record<LayerId, boolean>,
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
