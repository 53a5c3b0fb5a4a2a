'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import { LAYER_IDS, LAYER_INFO, TOGGLEABLE_LAYER_IDS, type LayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { serializeMapUrlState, type MapUrlState, type MapView } from '@/lib/url/map-url-state';
import { CreditLine } from './CreditLine';
import type { Selection } from './feature-lookup';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { useLayerData, type LayerCollection } from './use-layer-data';

// WebGL exists only in the browser: the map is never rendered on the server.
const MapCanvas = dynamic(() => import('./MapCanvas'), { ssr: false });

/** Below this zoom, minor labels hide so that the story's own places stay legible on small screens. */
const LOW_ZOOM = 4.3;

/** Zoom the legend assumes until the map reports its own. */
const DEFAULT_LEGEND_ZOOM = 4.6;

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

  const on = (id: ToggleableLayerId) => enabled.includes(id);
  const layers = {
    basemap: useLayerData('basemap', true),
    coast: useLayerData('coast', true),
    talks: useLayerData('talks', on('talks')),
    ports: useLayerData('ports', on('ports')),
    refugees: useLayerData('refugees', on('refugees')),
    kyiv: useLayerData('kyiv', on('kyiv')),
    context: useLayerData('context', on('context')),
  } satisfies Record<LayerId, unknown>;

  const visible = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, id === 'basemap' || id === 'coast' || enabled.includes(id as ToggleableLayerId)])) as Record<LayerId, boolean>,
    [enabled],
  );
  const collectionsKey = LAYER_IDS.map((id) => (layers[id].data ? 1 : 0)).join('');
  const collections = useMemo(
    () => Object.fromEntries(LAYER_IDS.map((id) => [id, layers[id].data])) as Partial<Record<LayerId, LayerCollection>>,
    // The SWR data objects are stable between renders; the key says when one arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the comment above
    [collectionsKey],
  );

  // Keep the URL in step, without a navigation: a copied link reopens this map.
  useEffect(() => {
    const query = serializeMapUrlState({ layers: enabled, view });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}`);
  }, [enabled, view]);

  const toggle = useCallback((id: ToggleableLayerId, value: boolean) => {
    setEnabled((current) => (value ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
    setSelection((current) => (current?.layerId === id && !value ? null : current));
  }, []);

  const blocking = layers.basemap.error;
  const failed = TOGGLEABLE_LAYER_IDS.filter((id) => enabled.includes(id) && layers[id].error);
  return (
    <div className="app">
      <header className="app__header">
        <p className="app__kicker">Russia&apos;s invasion of Ukraine, day 8 · Thursday 3 March 2022</p>
        <h1 className="app__title">Talks in Belarus as Russia grips Ukraine&apos;s coast and a million flee</h1>
        <p className="app__total" data-testid="refugee-total">
          <strong>{formatCount(refugees.total)}</strong> people had fled Ukraine, UNHCR said, as of{' '}
          {formatDate(refugees.asOf)} ({refugees.label}); a later update that day: {formatCount(refugees.laterTotal)}.
        </p>
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
      <main className="app__map" aria-label="Map of Ukraine and its neighbours on 3 March 2022" data-map-ready={ready ? 'true' : 'false'}
        data-zoom-band={(view?.zoom ?? DEFAULT_LEGEND_ZOOM) < LOW_ZOOM ? 'low' : 'normal'}
      >
        <MapCanvas
          collections={collections}
          visible={visible}
          initialView={initialState.view}
          selection={selection}
          onSelect={setSelection}
          onViewChange={setView}
          onReadyChange={setReady}
          onMapError={setMapError}
        />
        {!ready && !blocking && failed.length === 0 && (
          <div className="app__status" role="status">
            Loading the map…
          </div>
        )}
        {(blocking || mapError) && (
          <div className="app__status app__status--error" role="alert">
            {blocking ? `The basemap could not be loaded (${blocking.message}).` : `The map hit a problem: ${mapError}`}{' '}
            <button type="button" onClick={() => { setMapError(null); layers.basemap.retry(); }}>
              Retry
            </button>
          </div>
        )}
        {!blocking && failed.length > 0 && (
          <div className="app__status app__status--error" role="alert">
            {failed.map((id) => LAYER_INFO[id].title).join(', ')} could not be loaded; the rest of the map is shown.{' '}
            <button type="button" onClick={() => failed.forEach((id) => layers[id].retry())}>
              Retry
            </button>
          </div>
        )}
      </main>
      <footer className="app__footer">
        <CreditLine refugeesAsOf={refugees.asOf} />
      </footer>
    </div>
  );
}
