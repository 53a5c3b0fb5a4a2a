import { useRef, type ReactNode } from 'react';
import { embedUrls } from '@/lib/embed/embed-snippet';
import { embedOptionsOf, type RefugeeDays } from '@/lib/page/page-start';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import { refugeeLinkDate } from '@/lib/refugees/resolve-refugee-date';
import type { RefugeeSummary } from '@/lib/refugees/refugee-summary';
import type { MapInWords } from '@/lib/words/map-in-words';
import { CreditLine } from '../map/CreditLine';
import { DataDownloads } from '../map/DataDownloads';
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
import { EmbedDetails, useEmbedDetails } from './EmbedDetails';
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

/**
 * The map for an article's iframe. It fills the frame whatever its size (app/globals.css, "The embed"): the
 * title and one line of status, one row of layer chips and the tour, the map taking the rest, a one-row key, and a
 * footer with the credit, the details (the chart, the day, the map in words, the data: a sheet over the map) and
 * a link out. Nothing in it changes size while it loads, so the frame never needs to grow and the host page never
 * jumps; the height it reports is the frame's own, unless the frame is too short for its least.
 */
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
  const details = useEmbedDetails();
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
              {m.embed.total(story.total, formatDate(story.date, locale, 'compact'))}
            </p>
          )}
        </header>
      )}
      <div className="embed__bar">
        <LayerPanel enabled={enabled} layers={session.layers} onToggle={session.toggle} compact />
        {/* Always there, pressed while the tour is open: the row never changes its size. */}
        <button type="button" className="embed__tour" aria-pressed={tour.step !== null} onClick={tour.step === null ? tour.start : tour.close} title={m.page.walkThrough}>
          <span className="embed__tour-mark" aria-hidden="true" />
          <span className="embed__tour-words">{m.page.walkThroughShort}</span>
        </button>
      </div>
      {pictures && <PrintPicture pictures={pictures} />}
      <div className="embed__stage">
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
        <EmbedDetails state={details}>
          <section className="embed__climb" aria-label={m.embed.climb}>
            {chart}
            <RefugeeDateControl snapshots={refugees.snapshots} value={refugeeDate} onChange={session.setRefugeeDate} />
          </section>
          <MapInWordsSection words={words} />
          <DataDownloads />
          <CreditLine refugees={shown} />
        </EmbedDetails>
      </div>
      {options.legend && (
        // One row that scrolls sideways where it is too narrow: a keyboard can reach it to scroll it (the arrow keys).
        <div className="embed__legend" tabIndex={0} role="region" aria-label={m.legend.label}>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} widthScale={refugees.scale} />
        </div>
      )}
      <footer className="embed__footer">
        <EmbedDetails.Toggle state={details} />
        <CreditLine refugees={shown} />
        <a className="embed__open" href={fullMap} target="_blank" rel="noopener">
          <span className="embed__wide">{m.embed.openFull}</span>
          <span className="embed__narrow">{m.embed.openFullShort}</span>
        </a>
      </footer>
    </div>
  );
}
