'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { isLayerId, type LayerId } from '@/lib/layers/registry';
import type { LayerCollection } from './use-layer-data';

/**
 * Sources the boot script gave a URL that then failed (a dropped connection, say): once the layer's
 * own request succeeds, possibly on retry, its data replaces the failed load. Returns `markFailed`,
 * for the ids of sources whose loading failed. `refilled` records which failures were repaired
 * (MapLibre is the system the effect updates; no state is set from it); a new failure of the same
 * source clears its record.
 */
export function useSourceRefill(
  mapRef: RefObject<MapRef | null>,
  collections: Partial<Record<LayerId, LayerCollection>>,
  loaded: boolean,
): (ids: string[]) => void {
  const [failedSources, setFailedSources] = useState<ReadonlySet<LayerId>>(new Set());
  const refilled = useRef(new Set<LayerId>());
  const markFailed = useCallback((ids: string[]) => {
    const layerIds = ids.filter(isLayerId);
    for (const id of layerIds) refilled.current.delete(id);
    if (layerIds.length) setFailedSources((failed) => new Set([...failed, ...layerIds]));
  }, []);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const id of failedSources) {
      if (!collections[id] || refilled.current.has(id)) continue;
      map.getSource<GeoJSONSource>(id)?.setData(collections[id]);
      refilled.current.add(id);
    }
  }, [mapRef, failedSources, collections, loaded]);
  return markFailed;
}
