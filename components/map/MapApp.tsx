'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import { LAYER_INFO, type ToggleableLayerId } from '@/lib/layers/registry';
import { serializeMapUrlState, type MapUrlState, type MapView } from '@/lib/url/map-url-state';
import type { MapInWords, WordsEntry } from '@/lib/words/map-in-words';
import { EmbedDialog } from '../embed/EmbedDialog';
import type { CameraRequest } from './camera-request';
import { CreditLine } from './CreditLine';
import { DataDownloads } from './DataDownloads';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapInWordsSection } from './MapInWordsSection';
import { MapStatus } from './MapStatus';
import { MeasureControl } from './MeasureControl';
import { SaveImageButton } from './SaveImageButton';
import { TourPanel } from './TourPanel';
import { useColorScheme } from './use-color-scheme';
import { useMapLayers } from './use-map-layers';
import { useMeasure } from './use-measure';
import { useSelection } from './use-selection';
import { useTour } from './use-tour';

// WebGL exists only in the browser: the map is never rendered on the server.
// Start fetching MapLibre as soon as this module runs in the browser, in parallel with hydration,
// rather than after it (measured: the wait for hydration was most of the gap to a bare MapLibre page).
const loadMapCanvas = () => import('./MapCanvas');
if (typeof window !== 'undefined') void loadMapCanvas();
const MapCanvas = dynamic(loadMapCanvas, { ssr: false });

/** Zoom the legend assumes until the map reports its own. */
export const DEFAULT_LEGEND_ZOOM = 4.6;

interface MapAppProps {
  initialState: MapUrlState;
  /** The tour step a link opens (?step=N), or null. */
  initialStep: number | null;
  refugees: RefugeeSummary;
  words: MapInWords;
}

/** What the map shows, in one sentence for screen readers. */
export function mapSummary(enabled: readonly ToggleableLayerId[]): string {
  const shown = enabled.map((id) => LAYER_INFO[id].title.toLowerCase());
  return `Map of Ukraine and its neighbours on 3 March 2022${shown.length ? `, showing ${shown.join(', ')}` : ''}. The same places and figures are in “The map in words”.`;
}

/** The full map page: headline, layer panel, map, legend and credits; layers and view live in the URL. */
export function MapApp({ initialState, initialStep, refugees, words }: MapAppProps) {
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(initialState.layers);
  const [view, setView] = useState<MapView | null>(initialState.view);
  const [selection, setSelection] = useSelection();
  const [ready, setReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const scheme = useColorScheme('auto');
  const measure = useMeasure();
  const { layers, visible, collections, failed } = useMapLayers(enabled);

  const enableLayer = useCallback((id: ToggleableLayerId) => setEnabled((current) => (current.includes(id) ? current : [...current, id])), []);
  const tour = useTour(initialStep, enableLayer, setCamera);

  // Keep the URL in step, without a navigation: a copied link reopens this map.
  useEffect(() => {
    const query = serializeMapUrlState({ layers: enabled, view });
    const step = tour.step ? `&step=${tour.step}` : '';
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${step}`);
  }, [enabled, view, tour.step]);

  const toggle = useCallback(
    (id: ToggleableLayerId, value: boolean) => {
      setEnabled((current) => (value ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
      if (!value && selection?.layerId === id) setSelection(null);
    },
    [selection, setSelection],
  );

  const show = useCallback(
    (entry: WordsEntry) => {
      if (entry.layerId !== 'basemap' && entry.layerId !== 'coast') enableLayer(entry.layerId);
      setCamera({ key: Date.now(), center: entry.anchor });
      setSelection({ layerId: entry.layerId, featureId: entry.featureId, anchor: entry.anchor });
      setSheetOpen(false);
    },
    [enableLayer, setSelection],
  );

  return (
    <div className={`app scheme-${scheme}`}>
      <a className="skip-link" href="#map-in-words">
        Skip to the map in words
      </a>
      <header className="app__header">
        <div>
          <p className="app__kicker">Russia&apos;s invasion of Ukraine, day 8 · Thursday 3 March 2022</p>
          <h1 className="app__title">Talks in Belarus as Russia grips Ukraine&apos;s coast and a million flee</h1>
          <p className="app__total" data-testid="refugee-total">
            <strong>{formatCount(refugees.total)}</strong> people had fled Ukraine, UNHCR said, as of{' '}
            {formatDate(refugees.asOf)} ({refugees.label}); a later update that day: {formatCount(refugees.laterTotal)}.
          </p>
        </div>
        <div className="app__actions">
          <button type="button" className="app__action" onClick={tour.start}>
            Walk through the story
          </button>
          <EmbedDialog layers={enabled} view={view} />
        </div>
      </header>
      <aside className={`app__panel${sheetOpen ? ' app__panel--open' : ''}`} aria-label="Map layers, key and the map in words">
        <button type="button" className="app__sheet-toggle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
          {sheetOpen ? 'Close layers and key' : 'Layers, key and the map in words'}
        </button>
        <div className="app__panel-body">
          <LayerPanel enabled={enabled} layers={layers} onToggle={toggle} />
          <p className="app__words-link">
            <a href="#map-in-words">Read the map in words</a>
          </p>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
          <div className="app__tools">
            <MeasureControl measure={measure} />
            <SaveImageButton enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
          </div>
          <DataDownloads />
          <MapInWordsSection words={words} onShow={show} />
        </div>
      </aside>
      <main className="app__map" aria-label={mapSummary(enabled)} data-map-ready={ready ? 'true' : 'false'}>
        <MapErrorBoundary
          fallback={(message) => (
            <div className="map-status map-status--error" role="alert">
              {message} <a href="#map-in-words">Read the map in words</a> instead.
            </div>
          )}
        >
          <MapCanvas
            collections={collections}
            visible={visible}
            initialView={initialState.view}
            scheme={scheme}
            selection={selection}
            onSelect={setSelection}
            onViewChange={setView}
            onReadyChange={setReady}
            onMapError={setMapError}
            onContextLost={setContextLost}
            camera={camera}
            measure={measure}
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
      </main>
      <footer className="app__footer">
        <CreditLine refugeesAsOf={refugees.asOf} />
      </footer>
    </div>
  );
}
