'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import { serializeMapUrlState, type MapUrlState, type MapView } from '@/lib/url/map-url-state';
import { EmbedDialog } from '../embed/EmbedDialog';
import { CreditLine } from './CreditLine';
import type { Selection } from './feature-lookup';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapStatus } from './MapStatus';
import { useColorScheme } from './use-color-scheme';
import { useMapLayers } from './use-map-layers';

// WebGL exists only in the browser: the map is never rendered on the server.
const MapCanvas = dynamic(() => import('./MapCanvas'), { ssr: false });

/** Zoom the legend assumes until the map reports its own. */
export const DEFAULT_LEGEND_ZOOM = 4.6;

interface MapAppProps {
  initialState: MapUrlState;
  refugees: RefugeeSummary;
}

/** The full map page: headline, layer panel, map, legend and credits; layers and view live in the URL. */
export function MapApp({ initialState, refugees }: MapAppProps) {
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(initialState.layers);
  const [view, setView] = useState<MapView | null>(initialState.view);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ready, setReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  const scheme = useColorScheme('auto');
  const { layers, visible, collections, failed } = useMapLayers(enabled);

  // Keep the URL in step, without a navigation: a copied link reopens this map.
  useEffect(() => {
    const query = serializeMapUrlState({ layers: enabled, view });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}`);
  }, [enabled, view]);

  const toggle = useCallback((id: ToggleableLayerId, value: boolean) => {
    setEnabled((current) => (value ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
    setSelection((current) => (current?.layerId === id && !value ? null : current));
  }, []);

  return (
    <div className={`app scheme-${scheme}`}>
      <header className="app__header">
        <div>
          <p className="app__kicker">Russia&apos;s invasion of Ukraine, day 8 · Thursday 3 March 2022</p>
          <h1 className="app__title">Talks in Belarus as Russia grips Ukraine&apos;s coast and a million flee</h1>
          <p className="app__total" data-testid="refugee-total">
            <strong>{formatCount(refugees.total)}</strong> people had fled Ukraine, UNHCR said, as of{' '}
            {formatDate(refugees.asOf)} ({refugees.label}); a later update that day: {formatCount(refugees.laterTotal)}.
          </p>
        </div>
        <EmbedDialog layers={enabled} view={view} />
      </header>
      <aside className="app__panel" aria-label="Map layers and key">
        <LayerPanel enabled={enabled} layers={layers} onToggle={toggle} />
        <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
        <details className="app__notes">
          <summary>About the refugee figures</summary>
          <ul>
            {refugees.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      </aside>
      <main
        className="app__map"
        aria-label="Map of Ukraine and its neighbours on 3 March 2022"
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
          initialView={initialState.view}
          scheme={scheme}
          selection={selection}
          onSelect={setSelection}
          onViewChange={setView}
          onReadyChange={setReady}
          onMapError={setMapError}
          onContextLost={setContextLost}
        />
        </MapErrorBoundary>
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
