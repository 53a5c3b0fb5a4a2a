import useSWR from 'swr';
import type { Locale } from '@/lib/i18n/locale';
import { layerUrl } from '@/lib/layers/registry';
import { findFeature, type Selection } from './feature-lookup';
import { LAYER_SWR_OPTIONS, fetchLayer, type LayerCollection } from './use-layer-data';

/** The selected feature's details, as far as they have arrived. */
export interface SelectedFeature {
  /** The feature, once its layer is in the page; undefined while loading, or if the layer has no such feature. */
  feature: ReturnType<typeof findFeature>;
  loading: boolean;
  error: Error | undefined;
  retry: () => void;
}

/**
 * The selected feature, read from its layer when details are first opened: the page keeps only the
 * layers' labels, and reads a layer itself (from the HTTP cache, where MapLibre's worker has read it)
 * only when a reader asks for one of its features. Kept by SWR, so the next popup of that layer opens at once.
 */
export function useSelectedFeature(selection: Selection | null, locale: Locale): SelectedFeature {
  const { data, error, mutate } = useSWR<LayerCollection, Error>(selection ? layerUrl(selection.layerId, locale) : null, fetchLayer, LAYER_SWR_OPTIONS);
  return {
    feature: selection ? findFeature(data, selection.featureId) : undefined,
    loading: selection !== null && data === undefined && error === undefined,
    error: selection ? error : undefined,
    retry: () => void mutate(),
  };
}
