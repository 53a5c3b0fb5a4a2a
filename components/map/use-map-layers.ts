import { useCallback, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { LAYER_IDS, TOGGLEABLE_LAYER_IDS, isAlwaysOn, type LayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { useLayerData, type LayerData } from './use-layer-data';

/** Every layer's data and visibility for a set of switched-on layers. */
export interface MapLayers {
  /**
   * Each layer as the reader sees it: its labels, and an error when they or the layer itself (read
   * by MapLibre's worker) could not be loaded; `retry` asks again for what failed.
   */
  layers: Record<LayerId, LayerData>;
  visible: Record<LayerId, boolean>;
  labels: Partial<Record<LayerId, LabelCollection>>;
  /** Switched-on layers whose labels or data failed to load. */
  failed: ToggleableLayerId[];
  /** How many times each layer's source was asked to load again: the map reloads it when the count grows. */
  reloads: Partial<Record<LayerId, number>>;
  /** For the map: MapLibre could not load a layer's source. */
  onSourceError: (id: LayerId, error: Error) => void;
}

/** Whether a layer is drawn: always-on layers always, the others when switched on. */
const isShown = (id: LayerId, enabled: readonly string[]) => isAlwaysOn(id) || enabled.includes(id);

/** One SWR hook per layer of the list (lib/layers/layers.ts); always-on layers are always fetched. */
export function useMapLayers(enabled: readonly ToggleableLayerId[], locale: Locale = 'en'): MapLayers {
  const fetched = Object.fromEntries(
    // LAYER_IDS is a module constant: the hooks are called the same number of times, in the same
    // order, on every render, which is all the rules of hooks ask.
    // eslint-disable-next-line react-hooks/rules-of-hooks -- see the comment above
    LAYER_IDS.map((id) => [id, useLayerData(id, isShown(id, enabled), locale)]),
  ) as Record<LayerId, LayerData>;
  const [sourceErrors, setSourceErrors] = useState<Partial<Record<LayerId, Error>>>({});
  const [reloads, setReloads] = useState<Partial<Record<LayerId, number>>>({});
  const onSourceError = useCallback((id: LayerId, error: Error) => setSourceErrors((errors) => ({ ...errors, [id]: error })), []);

  const layers = Object.fromEntries(
    LAYER_IDS.map((id): [LayerId, LayerData] => {
      const own = fetched[id];
      const sourceError = sourceErrors[id];
      const retry = () => {
        own.retry();
        if (!sourceError) return;
        setSourceErrors((errors) => {
          const others = { ...errors };
          delete others[id];
          return others;
        });
        setReloads((counts) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }));
      };
      return [id, { ...own, error: own.error ?? sourceError, retry }];
    }),
  ) as Record<LayerId, LayerData>;

  const enabledKey = enabled.join();
  const visible = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, isShown(id, enabledKey.split(','))])) as Record<LayerId, boolean>,
    [enabledKey],
  );
  const loadedKey = LAYER_IDS.map((id) => (fetched[id].data ? 1 : 0)).join('');
  const labels = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, fetched[id].data])) as Partial<Record<LayerId, LabelCollection>>,
    // SWR keeps each layer's data object stable; loadedKey changes when one arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the comment above
    [loadedKey],
  );
  const failed = TOGGLEABLE_LAYER_IDS.filter((id) => enabled.includes(id) && layers[id].error);
  return { layers, visible, labels, failed, reloads, onSourceError };
}
