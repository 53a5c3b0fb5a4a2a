import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { MapProvider } from 'react-map-gl/maplibre';
import { formatCount } from '@/lib/format/format-number';
import { formatDate, formatDayMonth } from '@/lib/format/format-date';
import { refugeeLinkDate } from '@/lib/refugees/resolve-refugee-date';
import type { RefugeeSummary } from '@/lib/refugees/refugee-summary';
import { isToggleableLayerId } from '@/lib/layers/registry';
import type { RefugeeDays } from '@/lib/page/page-start';
import { serializeMapUrlState } from '@/lib/url/map-url-state';
import type { MapInWords, WordsEntry } from '@/lib/words/map-in-words';
import { EmbedDialog } from '../embed/EmbedDialog';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../page/LanguageSwitch';
import { CreditLine } from './CreditLine';
import { DataDownloads } from './DataDownloads';
import { LayerPanel } from './LayerPanel';
import { Legend } from './Legend';
import { MapInWordsSection } from './MapInWordsSection';
import { MapStage } from './MapStage';
import { DEFAULT_LEGEND_ZOOM, mapSummary } from './map-summary';
import { MeasureControl } from './MeasureControl';
import { RefugeeDateControl } from './RefugeeDateControl';
import { SaveImageButton } from './SaveImageButton';
import { usePageStart } from '../page/use-page-start';
import { useColorScheme } from './use-color-scheme';
import { useMapSession } from './use-map-session';
import { useMeasure } from './use-measure';
import { PrintPicture } from './MapPicture';
import type { PagePictures } from '@/lib/picture/picture-manifest';

interface MapAppProps {
  /** The days with refugee figures, against which the address's `date` is resolved. */
  days: RefugeeDays;
  refugees: RefugeeSummary;
  words: MapInWords;
  /** The day-by-day chart, rendered on the server (components/map/RefugeeChart.tsx). */
  chart: ReactNode;
  /** The map as a picture: the embed dialog's image snippets, the map without WebGL, print. */
  pictures: PagePictures | null;
}

/** The full map page: headline, layer panel, map, legend and credits; layers, view and tour step live in the URL. */
export function MapApp({ days, refugees, words, chart, pictures }: MapAppProps) {
  const { start, known } = usePageStart('map', days);
  const { locale, m } = useI18n();
  const session = useMapSession(start, known, locale);
  const { enabled, view, tour, enableLayer, setCamera, setSelection, refugeeDate } = session;
  const story = refugees.snapshots.find((s) => s.date === refugees.defaultDate);
  const shown = refugees.snapshots.find((s) => s.date === refugeeDate);
  const linkDate = refugeeLinkDate(refugeeDate, refugees.defaultDate);
  const [sheetOpen, setSheetOpen] = useState(false);
  const scheme = useColorScheme('auto', known);
  const measure = useMeasure();

  // The map's state as an address query: kept in the URL, without a navigation, so that a copied
  // link reopens this map; the language link carries it to the other edition.
  const query = `${serializeMapUrlState({ layers: enabled, view, date: linkDate })}${tour.step ? `&step=${tour.step}` : ''}`;
  useEffect(() => {
    if (!known) return; // the address is not the app's to rewrite before the app has read it
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}`);
  }, [known, query]);

  const show = useCallback(
    (entry: WordsEntry) => {
      if (isToggleableLayerId(entry.layerId)) enableLayer(entry.layerId);
      setCamera({ key: Date.now(), center: entry.anchor });
      setSelection({ layerId: entry.layerId, featureId: entry.featureId, anchor: entry.anchor });
      setSheetOpen(false);
    },
    [enableLayer, setCamera, setSelection, setSheetOpen],
  );

  return (
    // The provider lets controls outside the map (Save as image) reach it through useMap.
    <MapProvider>
    <div className="app">
      <a className="skip-link" href="#map-in-words">
        {m.page.skipToWords}
      </a>
      <header className="app__header">
        <div>
          <p className="app__kicker">
            <span className="app__wide">{m.page.kicker}</span>
            <span className="app__narrow">{m.page.kickerShort}</span>
          </p>
          <h1 className="app__title">{m.page.headline}</h1>
          {story && (
            <p className="app__total app__narrow">
              <strong>{formatCount(story.total, locale)}</strong> {m.page.totalShort(story.total, story.arrivalsTo ? formatDayMonth(story.arrivalsTo, { locale }) : null)}
            </p>
          )}
          {story && (
            <p className="app__total app__wide" data-testid="refugee-total">
              <strong>{formatCount(story.total, locale)}</strong>{' '}
              {m.page.total(
                story.total,
                story.arrivalsTo ? formatDate(story.arrivalsTo, locale) : null,
                formatDate(story.date, locale),
                story.earlierTotal !== null ? formatCount(story.earlierTotal, locale) : null,
              )}
            </p>
          )}
        </div>
        <div className="app__actions">
          <button type="button" className="app__action" onClick={tour.start}>
            <span className="app__wide">{m.page.walkThrough}</span>
            <span className="app__narrow">{m.page.walkThroughShort}</span>
          </button>
          <EmbedDialog layers={enabled} view={view} date={linkDate} pictures={pictures} />
          <LanguageSwitch kind="map" query={known ? query : null} />
        </div>
      </header>
      {pictures && <PrintPicture pictures={pictures} />}
      <aside className={`app__panel${sheetOpen ? ' app__panel--open' : ''}`} aria-label={m.page.panel}>
        <button type="button" className="app__sheet-toggle" aria-expanded={sheetOpen} onClick={() => setSheetOpen((o) => !o)}>
          {sheetOpen ? m.page.closeSheet : m.page.openSheet}
        </button>
        <div className="app__panel-body">
          <LayerPanel enabled={enabled} layers={session.layers} onToggle={session.toggle} />
          <p className="app__words-link">
            <a href="#map-in-words">{m.page.readWords}</a>
          </p>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} widthScale={refugees.scale} />
          {chart}
          <RefugeeDateControl snapshots={refugees.snapshots} value={refugeeDate} onChange={session.setRefugeeDate} />
          <div className="app__tools">
            <MeasureControl measure={measure} />
            <SaveImageButton enabled={enabled} refugees={shown} />
          </div>
          <DataDownloads />
          <MapInWordsSection words={words} onShow={show} />
        </div>
      </aside>
      <main className="app__map" aria-label={mapSummary(enabled, locale, m)} data-map-ready={session.ready ? 'true' : 'false'}>
        <MapStage session={session} scheme={scheme} initialView={start.view} measure={measure} pictures={pictures} />
      </main>
      <footer className="app__footer">
        <CreditLine refugees={shown} />
      </footer>
    </div>
    </MapProvider>
  );
}
