import { useRef, type ReactNode } from 'react';
import { embedUrls } from '@/lib/embed/embed-snippet';
import { embedOptionsOf, type RefugeeDays } from '@/lib/page/page-start';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import { refugeeLinkDate } from '@/lib/refugees/resolve-refugee-date';
import type { RefugeeSummary } from '@/lib/refugees/refugee-summary';
import type { MapInWords } from '@/lib/words/map-in-words';
import { CreditLine } from '../map/CreditLine';
import { LayerPanel } from '../map/LayerPanel';
import { Legend } from '../map/Legend';
import { MapInWordsSection } from '../map/MapInWordsSection';
import { MapStage } from '../map/MapStage';
import { RefugeeDateControl } from '../map/RefugeeDateControl';
import { DEFAULT_LEGEND_ZOOM, mapSummary } from '../map/map-summary';
import { useColorScheme } from '../map/use-color-scheme';
import { useMapSession } from '../map/use-map-session';
import { usePageStart } from '../page/use-page-start';
import { useI18n } from '../i18n/I18nProvider';
import { usePostHeight } from './use-post-height';
import type { PagePictures } from '@/lib/picture/picture-manifest';
import { PrintPicture } from '../map/MapPicture';

interface EmbedAppProps {
  /** The days with refugee figures, against which the address's `date` is resolved. */
  days: RefugeeDays;
  refugees: RefugeeSummary;
  words: MapInWords;
  /** The day-by-day chart, rendered on the server (components/map/RefugeeChart.tsx). */
  chart: ReactNode;
  /** The map as a picture: the map without WebGL or scripts, and in print. */
  pictures: PagePictures | null;
}

/** The map for an article's iframe: no app chrome, compact toggles, legend, credits and a link out. */
export function EmbedApp({ days, refugees, words, chart, pictures }: EmbedAppProps) {
  const root = useRef<HTMLDivElement>(null);
  const { start, known } = usePageStart('embed', days);
  const options = embedOptionsOf(start, days);
  const { locale, m } = useI18n();
  const session = useMapSession(start, known, locale);
  const { enabled, view, tour, refugeeDate } = session;
  const story = refugees.snapshots.find((s) => s.date === refugees.defaultDate);
  const shown = refugees.snapshots.find((s) => s.date === refugeeDate);
  const scheme = useColorScheme(options.theme, known);
  usePostHeight(root);

  // Relative, so the link works on whatever host serves the embed; it opens outside the iframe.
  const fullMap = embedUrls('', { ...options, layers: enabled, view, date: refugeeLinkDate(refugeeDate, refugees.defaultDate) }, locale).full;
  return (
    <div ref={root} className="embed">
      {options.title && (
        <header className="embed__header">
          <h1 className="embed__title">{m.embed.headline}</h1>
          {story && (
            <p className="embed__total" data-testid="refugee-total">
              <strong>{formatCount(story.total, locale)}</strong>{' '}
              {m.embed.total(story.total, story.arrivalsTo ? formatDate(story.arrivalsTo, locale) : null, formatDate(story.date, locale))}
            </p>
          )}
        </header>
      )}
      <div className="embed__bar">
        <LayerPanel enabled={enabled} layers={session.layers} onToggle={session.toggle} compact />
        {tour.step === null && (
          <button type="button" className="embed__tour" onClick={tour.start}>
            {m.page.walkThrough}
          </button>
        )}
      </div>
      {pictures && <PrintPicture pictures={pictures} />}
      <div className="embed__map" role="region" aria-label={mapSummary(enabled, locale, m)} data-map-ready={session.ready ? 'true' : 'false'}>
        <MapStage
          session={session}
          scheme={scheme}
          initialView={options.view}
          initialBounds={options.bbox}
          cooperativeGestures
          showControls={options.controls}
          pictures={pictures}
        />
      </div>
      {options.legend && (
        <details className="embed__legend" open>
          <summary>{m.embed.key}</summary>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} widthScale={refugees.scale} />
        </details>
      )}
      <details className="embed__climb" open={options.legend}>
        <summary>{m.embed.climb}</summary>
        {chart}
        <RefugeeDateControl snapshots={refugees.snapshots} value={refugeeDate} onChange={session.setRefugeeDate} />
      </details>
      <details className="embed__words">
        <summary>{m.embed.words}</summary>
        <MapInWordsSection words={words} />
      </details>
      <footer className="embed__footer">
        <CreditLine refugees={shown} />
        <a className="embed__open" href={fullMap} target="_blank" rel="noopener">
          {m.embed.openFull}
        </a>
      </footer>
    </div>
  );
}
