'use client';

import dynamic from 'next/dynamic';
import { useCallback, useRef, useState } from 'react';
import type { EmbedOptions } from '@/lib/embed/embed-options';
import { embedUrls } from '@/lib/embed/embed-snippet';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import type { MapView } from '@/lib/url/map-url-state';
import type { MapInWords } from '@/lib/words/map-in-words';
import { CreditLine } from '../map/CreditLine';
import type { CameraRequest } from '../map/camera-request';
import { LayerPanel } from '../map/LayerPanel';
import { Legend } from '../map/Legend';
import { DEFAULT_LEGEND_ZOOM, mapSummary } from '../map/MapApp';
import { MapInWordsSection } from '../map/MapInWordsSection';
import { TourPanel } from '../map/TourPanel';
import { useSelection } from '../map/use-selection';
import { useTour } from '../map/use-tour';
import { MapErrorBoundary } from '../map/MapErrorBoundary';
import { MapStatus } from '../map/MapStatus';
import { useColorScheme } from '../map/use-color-scheme';
import { useMapLayers } from '../map/use-map-layers';
import { usePostHeight } from './use-post-height';

// Start fetching MapLibre as soon as this module runs in the browser, in parallel with hydration,
// rather than after it (measured: the wait for hydration was most of the gap to a bare MapLibre page).
const loadMapCanvas = () => import('../map/MapCanvas');
if (typeof window !== 'undefined') void loadMapCanvas();
const MapCanvas = dynamic(loadMapCanvas, { ssr: false });

interface EmbedAppProps {
  options: EmbedOptions;
  /** The tour step a link opens (?step=N), or null. */
  initialStep: number | null;
  refugees: RefugeeSummary;
  words: MapInWords;
}

/** The map for an article's iframe: no app chrome, compact toggles, legend, credits and a link out. */
export function EmbedApp({ options, initialStep, refugees, words }: EmbedAppProps) {
  const root = useRef<HTMLDivElement>(null);
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(options.layers);
  const [view, setView] = useState<MapView | null>(options.view);
  const [selection, setSelection] = useSelection();
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [ready, setReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  const scheme = useColorScheme(options.theme);
  const { layers, visible, collections, failed } = useMapLayers(enabled);
  usePostHeight(root);
  const enableLayer = useCallback((id: ToggleableLayerId) => setEnabled((current) => (current.includes(id) ? current : [...current, id])), []);
  const tour = useTour(initialStep, enableLayer, setCamera);

  const toggle = useCallback(
    (id: ToggleableLayerId, value: boolean) => {
      setEnabled((current) => (value ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
      if (!value && selection?.layerId === id) setSelection(null);
    },
    [selection, setSelection],
  );

  // Relative, so the link works on whatever host serves the embed; it opens outside the iframe.
  const fullMap = embedUrls('', { ...options, layers: enabled, view }).full;
  return (
    <div ref={root} className={`embed scheme-${scheme} theme-${options.theme}`}>
      {options.title && (
        <header className="embed__header">
          <h1 className="embed__title">Ukraine, 3 March 2022: talks in Belarus, ports seized, a million flee</h1>
          <p className="embed__total" data-testid="refugee-total">
            <strong>{formatCount(refugees.total)}</strong> refugees by {formatDate(refugees.asOf)} (UNHCR)
          </p>
        </header>
      )}
      <div className="embed__bar">
        <LayerPanel enabled={enabled} layers={layers} onToggle={toggle} compact />
        {tour.step === null && (
          <button type="button" className="embed__tour" onClick={tour.start}>
            Walk through the story
          </button>
        )}
      </div>
      <div
        className="embed__map"
        role="region"
        aria-label={mapSummary(enabled)}
        data-map-ready={ready ? 'true' : 'false'}
      >
        <MapErrorBoundary
          fallback={(message) => (
            <div className="map-status map-status--error" role="alert">
              {message} The layer panel and key above describe what the map shows.
            </div>
          )}
        >
        <MapCanvas
          collections={collections}
          visible={visible}
          initialView={options.view}
          initialBounds={options.bbox}
          scheme={scheme}
          cooperativeGestures
          showControls={options.controls}
          selection={selection}
          onSelect={setSelection}
          onViewChange={setView}
          onReadyChange={setReady}
          onMapError={setMapError}
          onContextLost={setContextLost}
          camera={camera}
          ariaLabel={mapSummary(enabled)}
        />
        </MapErrorBoundary>
        <TourPanel tour={tour} />
        <MapStatus
          ready={ready}
          basemapError={layers.basemap.error}
          mapError={mapError}
          failed={failed}
          contextLost={contextLost}
          onRetryBasemap={() => {
            setMapError(null);
            layers.basemap.retry();
          }}
          onRetryLayers={() => failed.forEach((id) => layers[id].retry())}
        />
      </div>
      {options.legend && (
        <details className="embed__legend" open>
          <summary>Key</summary>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
        </details>
      )}
      <details className="embed__words">
        <summary>The map in words</summary>
        <MapInWordsSection words={words} />
      </details>
      <footer className="embed__footer">
        <CreditLine refugeesAsOf={refugees.asOf} />
        <a className="embed__open" href={fullMap} target="_blank" rel="noopener">
          Open full map ↗
        </a>
      </footer>
    </div>
  );
}
