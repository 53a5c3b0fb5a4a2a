import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Locale } from '@/lib/i18n/locale';
import { LAYER_IDS, layerUrl, type LayerId } from '@/lib/layers/registry';

/**
 * Loads a layer's source again from its URL (MapLibre's worker reads it) each time its count in
 * `reloads` grows: the reader's retry after the layer failed to load. Counts asked for before the
 * map has loaded are applied once it has.
 */
export function useSourceReload(mapRef: RefObject<MapRef | null>, reloads: Partial<Record<LayerId, number>>, loaded: boolean, locale: Locale): void {
  const applied = useRef<Partial<Record<LayerId, number>>>({});
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !loaded) return;
    for (const id of LAYER_IDS) {
      const count = reloads[id] ?? 0;
      if (count <= (applied.current[id] ?? 0)) continue;
      applied.current[id] = count;
      map.getSource<GeoJSONSource>(id)?.setData(layerUrl(id, locale));
    }
  }, [mapRef, reloads, loaded, locale]);
}
