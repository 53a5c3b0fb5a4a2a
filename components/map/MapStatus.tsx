'use client';

import { LAYER_INFO, type ToggleableLayerId } from '@/lib/layers/registry';

interface MapStatusProps {
  ready: boolean;
  /** The basemap failed: nothing useful can be drawn. */
  basemapError: Error | undefined;
  mapError: string | null;
  failed: readonly ToggleableLayerId[];
  /** The WebGL context is lost: the canvas is blank until the browser restores it. */
  contextLost?: boolean;
  onRetryBasemap: () => void;
  onRetryLayers: () => void;
}

/** Loading and error notices over the map; a failed layer never blanks the others. */
export function MapStatus({ ready, basemapError, mapError, failed, contextLost = false, onRetryBasemap, onRetryLayers }: MapStatusProps) {
  if (contextLost) {
    return (
      <div className="map-status map-status--error" role="alert">
        The map&apos;s drawing surface was lost (the graphics processor was reset). It will redraw when the browser restores
        it; the layer panel and key still describe the map.
      </div>
    );
  }
  if (basemapError || mapError) {
    return (
      <div className="map-status map-status--error" role="alert">
        {basemapError ? `The basemap could not be loaded (${basemapError.message}).` : `The map hit a problem: ${mapError}`}{' '}
        <button type="button" onClick={onRetryBasemap}>
          Retry
        </button>
      </div>
    );
  }
  if (failed.length > 0) {
    return (
      <div className="map-status map-status--error" role="alert">
        {failed.map((id) => LAYER_INFO[id].title).join(', ')} could not be loaded; the rest of the map is shown.{' '}
        <button type="button" onClick={onRetryLayers}>
          Retry
        </button>
      </div>
    );
  }
  if (!ready) {
    return (
      <div className="map-status" role="status">
        Loading the map…
      </div>
    );
  }
  return null;
}
