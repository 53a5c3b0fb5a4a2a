import { useCallback, type RefObject } from 'react';
import type { MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import { isLayerId, type LayerId } from '@/lib/layers/registry';
import { addPatternImages } from '@/lib/map/pattern-images';
import type { ColorScheme } from '@/lib/map/themes';
import type { MapView } from '@/lib/url/map-url-state';
import { earlySourceErrors } from './early-source-errors';

declare global {
  interface Window {
    /** The MapLibre map, for end-to-end tests and debugging in the console only: the app reaches it through react-map-gl's useMap. */
    __map?: MapLibreMap;
  }
}

interface MapLoad {
  setLoaded: (loaded: boolean) => void;
  onViewChange: (view: MapView) => void;
  onSourceError: (id: LayerId, error: Error) => void;
  onContextLost?: (lost: boolean) => void;
  /** The scheme the pattern images are drawn in now. */
  patternScheme: RefObject<ColorScheme>;
}

/**
 * The map's `load` handler: reports the early map's failed sources and the view, adds the pattern
 * images (and again whenever the style asks for one it lost), and reports a lost WebGL context.
 * The map comes from the event, not from a ref: when the early map had loaded before React took it
 * over, its `load` is replayed before react-map-gl has set the ref, and a handler that read the
 * ref returned early and never set the map up (seen as a flaky e2e test).
 */
export function useMapLoad({ setLoaded, onViewChange, onSourceError, onContextLost, patternScheme }: MapLoad): (event: MapLibreEvent) => void {
  return useCallback(
    (event: MapLibreEvent) => {
      const map = event.target;
      window.__map = map;
      setLoaded(true);
      for (const [id, error] of earlySourceErrors()) if (isLayerId(id)) onSourceError(id, error);
      const center = map.getCenter();
      onViewChange({ longitude: center.lng, latitude: center.lat, zoom: map.getZoom() });
      addPatternImages(map, patternScheme.current);
      map.on('styleimagemissing', () => addPatternImages(map, patternScheme.current));
      // A lost context (GPU reset, too many tabs) blanks the canvas; MapLibre redraws on restore.
      map.on('webglcontextlost', () => onContextLost?.(true));
      map.on('webglcontextrestored', () => {
        onContextLost?.(false);
        map.triggerRepaint();
      });
    },
    [setLoaded, onViewChange, onContextLost, onSourceError, patternScheme],
  );
}
