'use client';

import { useState } from 'react';
import useSWR from 'swr';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Locale } from '@/lib/i18n/locale';
import { layerUrl, type LayerId } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/source';

/** A layer's features as the browser receives them. */
export type LayerCollection = FeatureCollection<Geometry, StoryProperties & Record<string, unknown>>;

/** What the map needs to know of one layer's data. */
export interface LayerData {
  data: LayerCollection | undefined;
  error: Error | undefined;
  isLoading: boolean;
  /** Fetches the layer again (the retry button). */
  retry: () => void;
}

/** How long a layer request may take before it counts as failed, in milliseconds. */
export const LAYER_TIMEOUT_MS = 20_000;

/** Why a layer could not be loaded: the interface says it in the edition's language (`layerErrors` of the catalogue). */
export class LayerFetchError extends Error {
  constructor(
    readonly reason: 'timeout' | 'unreachable' | 'http' | 'not-geojson',
    /** For `http`: the status and the API's detail, e.g. "503 Service Unavailable". */
    readonly status = '',
  ) {
    super(reason === 'http' ? status : reason);
    this.name = 'LayerFetchError';
  }
}

/** Fetches a layer and checks it is a FeatureCollection; failures become a {@link LayerFetchError} with their reason. */
export async function fetchLayer(url: string): Promise<LayerCollection> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(LAYER_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new LayerFetchError(timedOut ? 'timeout' : 'unreachable');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = ((await response.json()) as { detail?: string }).detail ?? detail;
    } catch {
      // Not JSON (a proxy's error page, say): keep the status text.
    }
    throw new LayerFetchError('http', `${response.status} ${detail}`.trim());
  }
  const body = (await response.json()) as Partial<LayerCollection>;
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new LayerFetchError('not-geojson');
  }
  return body as LayerCollection;
}

/**
 * One layer's GeoJSON through SWR. Nothing is fetched until the layer is first switched on; after
 * that the data is kept, so switching it off and on again is instant.
 */
export function useLayerData(id: LayerId, enabled: boolean, locale: Locale = 'en'): LayerData {
  const [wanted, setWanted] = useState(enabled);
  if (enabled && !wanted) setWanted(true);
  const { data, error, isLoading, mutate } = useSWR<LayerCollection, Error>(wanted ? layerUrl(id, locale) : null, fetchLayer, {
    revalidateOnFocus: false,
    revalidateIfStale: false,
    revalidateOnReconnect: true,
    errorRetryCount: 2,
  });
  return { data, error, isLoading, retry: () => void mutate() };
}
