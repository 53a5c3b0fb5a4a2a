import { useState } from 'react';
import useSWR from 'swr';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Locale } from '@/lib/i18n/locale';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { labelsUrl, type LayerId } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/story-properties';

/** A layer's features as the browser receives them. */
export type LayerCollection = FeatureCollection<Geometry, StoryProperties & Record<string, unknown>>;

/** What the page knows of one layer: its labels (the map's worker reads the layer itself). */
export interface LayerData {
  data: LabelCollection | undefined;
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

/**
 * Why MapLibre could not load a layer's source, from the error of its `error` event (an `AJAXError`
 * has the answer's `status`; a network failure has none).
 */
export function sourceLoadError(error: unknown): LayerFetchError {
  const { status, statusText } = (error ?? {}) as { status?: unknown; statusText?: unknown };
  if (typeof status !== 'number' || status <= 0) return new LayerFetchError('unreachable');
  return new LayerFetchError('http', `${status} ${typeof statusText === 'string' ? statusText : ''}`.trim());
}

/** SWR's settings for layer data: read once, kept; retried twice, and on reconnecting. */
export const LAYER_SWR_OPTIONS = {
  revalidateOnFocus: false,
  revalidateIfStale: false,
  revalidateOnReconnect: true,
  errorRetryCount: 2,
} as const;

/** Fetches a layer (or its labels) and checks it is a FeatureCollection; failures become a {@link LayerFetchError} with their reason. */
export async function fetchLayer<T extends FeatureCollection = LayerCollection>(url: string): Promise<T> {
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
  const body = (await response.json()) as Partial<T>;
  if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw new LayerFetchError('not-geojson');
  }
  return body as T;
}

/**
 * One layer's labels through SWR (`/api/labels/<id>`: a few hundred bytes per label, where the
 * layer is its geometry, sources and figures too). Nothing is fetched until the layer is first
 * switched on; after that the data is kept, so switching it off and on again is instant.
 */
export function useLayerData(id: LayerId, enabled: boolean, locale: Locale = 'en'): LayerData {
  const [wanted, setWanted] = useState(enabled);
  if (enabled && !wanted) setWanted(true);
  const { data, error, isLoading, mutate } = useSWR<LabelCollection, Error>(wanted ? labelsUrl(id, locale) : null, fetchLayer<LabelCollection>, LAYER_SWR_OPTIONS);
  return { data, error, isLoading, retry: () => void mutate() };
}
