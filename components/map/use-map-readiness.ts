import { useCallback, useEffect, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { MapLibreEvent } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { LAYER_IDS, type LayerId } from '@/lib/layers/registry';
import { MAP_DRAWN_ATTRIBUTE } from '@/lib/map/early/early-map-state';
import { sourcesDrawn } from '@/lib/map/map-readiness';

interface Readiness {
  mapRef: RefObject<MapRef | null>;
  visible: Record<LayerId, boolean>;
  labels: Partial<Record<LayerId, LabelCollection>>;
  reloads: Partial<Record<LayerId, number>>;
  onReadyChange: (ready: boolean) => void;
}

/**
 * Whether the map is ready: every visible layer's labels have arrived and its source is drawn
 * (lib/map/map-readiness.ts, as the early map asks it). Returns the `idle` handler; the map is
 * not ready again whenever the layers shown, their labels or a retry change.
 */
export function useMapReadiness({ mapRef, visible, labels, reloads, onReadyChange }: Readiness): (event: MapLibreEvent) => void {
  const checkReady = useCallback(
    (event: MapLibreEvent) => {
      const shown = LAYER_IDS.filter((id) => visible[id]);
      const ready = shown.every((id) => labels[id] !== undefined) && sourcesDrawn(event.target, shown);
      // Committed at once, inside MapLibre's idle event: a scheduled render would wait behind the
      // next frame, which in software WebGL costs 100–400 ms (measured with a Chromium trace), and the
      // "loading" notice would outstay the map.
      flushSync(() => onReadyChange(ready));
      // React's state now says whether the map is ready: the early map's mark has done its job.
      if (ready) document.documentElement.removeAttribute(MAP_DRAWN_ATTRIBUTE);
    },
    [visible, labels, onReadyChange],
  );

  // A retry counts too: a failed layer's source counts as loaded, so without this the map stayed
  // "ready" while the retried layer was still on its way (seen as a flaky e2e test in CI).
  const signature = LAYER_IDS.map((id) => `${id}:${visible[id] ? 1 : 0}${labels[id] ? 1 : 0}:${reloads[id] ?? 0}`).join();
  useEffect(() => {
    onReadyChange(false);
    mapRef.current?.getMap().triggerRepaint();
  }, [signature, onReadyChange, mapRef]);
  return checkReady;
}
