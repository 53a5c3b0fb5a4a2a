import { LAYER_INFO, type ToggleableLayerId } from '@/lib/layers/registry';
import { layerErrorText } from './layer-error-text';
import { useI18n } from '../i18n/I18nProvider';


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
  const { locale, m } = useI18n();
  if (contextLost) {
    return (
      <div className="map-status map-status--error" role="alert">
        {m.status.contextLost}
      </div>
    );
  }
  if (basemapError || mapError) {
    return (
      <div className="map-status map-status--error" role="alert">
        {basemapError ? m.status.basemapFailed(layerErrorText(basemapError, m)) : m.status.mapProblem(mapError ?? '')}{' '}
        <button type="button" onClick={onRetryBasemap}>
          {m.status.retry}
        </button>
      </div>
    );
  }
  if (failed.length > 0) {
    return (
      <div className="map-status map-status--error" role="alert">
        {m.status.layersFailed(failed.map((id) => LAYER_INFO[id].title[locale]).join(', '))}{' '}
        <button type="button" onClick={onRetryLayers}>
          {m.status.retry}
        </button>
      </div>
    );
  }
  if (!ready) {
    return (
      <div className="map-status" role="status">
        {m.status.loading}
      </div>
    );
  }
  return null;
}
