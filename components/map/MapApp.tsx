'use client';

import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import { serializeMapUrlState, type MapUrlState } from '@/lib/url/map-url-state';
import type { MapInWords, WordsEntry } from '@/lib/words/map-in-words';
import { EmbedDialog } from '../embed/EmbedDialog';
import { CreditLine } from './CreditLine';
import { DataDownloads } from './DataDownloads';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapInWordsSection } from './MapInWordsSection';
import { MapStage } from './MapStage';
import { DEFAULT_LEGEND_ZOOM, mapSummary } from './map-summary';
import { MeasureControl } from './MeasureControl';
import { SaveImageButton } from './SaveImageButton';
import { useColorScheme } from './use-color-scheme';
import { useMapSession } from './use-map-session';
import { useMeasure } from './use-measure';

interface MapAppProps {
  initialState: MapUrlState;
  /** The tour step a link opens (?step=N), or null. */
  initialStep: number | null;
  refugees: RefugeeSummary;
  words: MapInWords;
}

/** The full map page: headline, layer panel, map, legend and credits; layers, view and tour step live in the URL. */
export function MapApp({ initialState, initialStep, refugees, words }: MapAppProps) {
  const session = useMapSession(initialState.layers, initialState.view, initialStep);
  const { enabled, view, tour, enableLayer, setCamera, setSelection } = session;
  const [sheetOpen, setSheetOpen] = useState(false);
  const scheme = useColorScheme('auto');
  const measure = useMeasure();

  // Keep the URL in step, without a navigation: a copied link reopens this map.
  useEffect(() => {
    const query = serializeMapUrlState({ layers: enabled, view });
    const step = tour.step ? `&step=${tour.step}` : '';
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}${step}`);
  }, [enabled, view, tour.step]);

  const show = useCallback(
    (entry: WordsEntry) => {
      if (entry.layerId !== 'basemap' && entry.layerId !== 'coast') enableLayer(entry.layerId);
      setCamera({ key: Date.now(), center: entry.anchor });
      setSelection({ layerId: entry.layerId, featureId: entry.featureId, anchor: entry.anchor });
      setSheetOpen(false);
    },
    [enableLayer, setCamera, setSelection],
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
          <LayerPanel enabled={enabled} layers={session.layers} onToggle={session.toggle} />
          <p className="app__words-link">
            <a href="#map-in-words">Read the map in words</a>
          </p>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
          <div className="app__tools">
            <MeasureControl measure={measure} />
            <SaveImageButton enabled={enabled} refugees={refugees} />
          </div>
          <DataDownloads />
          <MapInWordsSection words={words} onShow={show} />
        </div>
      </aside>
      <main className="app__map" aria-label={mapSummary(enabled)} data-map-ready={session.ready ? 'true' : 'false'}>
        <MapStage session={session} scheme={scheme} initialView={initialState.view} measure={measure} />
      </main>
      <footer className="app__footer">
        <CreditLine refugeesAsOf={refugees.asOf} />
      </footer>
    </div>
  );
}
