import type { Source } from '@/lib/geodata/source';
import type { StoryProperties } from '@/lib/layers/story-properties';
import { formatDate } from '@/lib/format/format-date';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { notesOf, reportsOf } from '@/lib/words/feature-notes';
import { sourceCredit } from '@/lib/words/source-credit';
import { quotedUk } from '@/lib/format/quoted';
import { formatCount, formatDistance, formatDistanceRange, formatShare } from '@/lib/format/format-number';
import { useI18n } from '../i18n/I18nProvider';

type Properties = StoryProperties & Record<string, unknown>;

/** One measured figure of a feature, as a label and its value. */
interface Figure {
  label: string;
  value: string;
}

const num = (p: Properties, key: string): number | undefined => (typeof p[key] === 'number' ? (p[key] as number) : undefined);
const str = (p: Properties, key: string): string | undefined => (typeof p[key] === 'string' ? (p[key] as string) : undefined);

/** The turf figures that matter for a feature, by its kind, in a language (`t`: its catalogue's words for the details). */
export function figuresOf(p: Properties, locale: Locale, t: Messages['details']): Figure[] {
  const distance = (km: number) => formatDistance(km, locale);
  const figures: Figure[] = [];
  const fromKyiv = num(p, 'distanceFromKyivKm');
  if (fromKyiv !== undefined && fromKyiv > 0) figures.push({ label: t.fromKyiv, value: distance(fromKyiv) });
  const toUkraine = p.distanceToUkraine as { minKm?: number; maxKm?: number } | undefined;
  if (typeof toUkraine?.minKm === 'number' && typeof toUkraine.maxKm === 'number') {
    figures.push({ label: t.toUkraine, value: formatDistanceRange(toUkraine.minKm, toUkraine.maxKm, locale) });
  }
  const nearest = p.nearestBorder as { country?: string; minKm?: number; maxKm?: number } | undefined;
  if (nearest?.country && typeof nearest.minKm === 'number' && typeof nearest.maxKm === 'number') {
    figures.push({ label: t.toBorder(nearest.country), value: formatDistanceRange(nearest.minKm, nearest.maxKm, locale) });
  }
  const sites = Array.isArray(p.possibleSites) ? (p.possibleSites as string[]) : [];
  if (sites.length > 0) figures.push({ label: t.measuredFrom, value: sites.join(locale === 'en' ? ' and ' : ' і ') });
  const uncertainty = num(p, 'uncertaintyKm');
  if (uncertainty !== undefined && p.kind === 'talks-venue') figures.push({ label: t.shadedArea, value: t.upTo(distance(uncertainty)) });
  const count = num(p, 'count');
  if (count !== undefined) {
    figures.push({ label: t.people, value: formatCount(count, locale) });
    const share = num(p, 'share');
    if (share !== undefined) figures.push({ label: t.share, value: formatShare(share, locale) });
    const earlier = num(p, 'earlierCount');
    if (earlier !== undefined) figures.push({ label: t.earlier, value: formatCount(earlier, locale) });
    const previous = num(p, 'previousCount');
    if (previous !== undefined) figures.push({ label: t.previous, value: `${formatCount(previous, locale)} (+${formatCount(count - previous, locale)})` });
    const arrivalsTo = str(p, 'arrivalsTo');
    if (arrivalsTo) figures.push({ label: t.arrivalsTo, value: formatDate(arrivalsTo, locale, 'compact') });
    const width = num(p, 'widthKm');
    if (width !== undefined) figures.push({ label: t.arrowWidth, value: `${distance(width)}${p.widthClamped === true ? t.minimumWidth : ''}` });
  }
  const toBorder = num(p, 'distanceToBorderKm');
  if (toBorder !== undefined) figures.push({ label: t.toBorderDrawn, value: distance(toBorder) });
  const radius = num(p, 'radiusKm');
  if (radius !== undefined) figures.push({ label: t.ringRadius, value: distance(radius) });
  const coast = num(p, 'lengthKm');
  if (p.kind === 'coastline' && coast !== undefined) figures.push({ label: t.coastLength, value: distance(coast) });
  return figures;
}

/**
 * A feature's details: name, status, date, the story's words (and their translation), the figures and the sources.
 * Focusable from script (tabIndex -1): the popup moves the focus here as it opens (MapCanvas).
 */
export function FeatureDetails({ properties }: { properties: Properties }) {
  const { locale, m } = useI18n();
  const status = str(properties, 'status');
  const by = str(properties, 'by');
  const accuracy = str(properties, 'positionAccuracy');
  const translation = str(properties, 'quoteTranslation');
  const figures = figuresOf(properties, locale, m.details);
  const reports = reportsOf(properties);
  return (
    <article tabIndex={-1} className="details" aria-label={properties.name}>
      <h2 className="details__name">{properties.name}</h2>
      <p className="details__meta">
        {status && <span className={`details__status details__status--${(str(properties, 'statusCode') ?? status).replace(/\W+/g, '-')}`}>{status}</span>}
        {status && by && <span className="details__status-by">{`\u00a0— ${by}`}</span>}
        <time dateTime={properties.date}>{formatDate(properties.date, locale, 'compact')}</time>
        {accuracy === 'approximate' && <span className="details__approx">{m.details.approximate}</span>}
      </p>
      {properties.quote && (
        <figure className="details__quote">
          <blockquote lang="en">“{properties.quote}”</blockquote>
          {translation && locale !== 'en' && (
            <p className="details__translation">
              <span className="translation-label">{m.translationLabel}:</span> {quotedUk(translation)}
            </p>
          )}
          <figcaption>{m.details.storyQuote}</figcaption>
        </figure>
      )}
      {properties.quoteNote && <p className="details__note">{properties.quoteNote}</p>}
      <p className="details__summary">{properties.summary}</p>
      {reports.length > 0 && (
        <ul className="details__reports" aria-label={m.details.reports}>
          {reports.map((r) => (
            <li key={`${r.date}${r.text}`}>
              <time className="report__date" dateTime={r.date}>
                {formatDate(r.date, locale, 'compact')}
              </time>{' '}
              {r.text}{' '}
              <span className="details__by">({[...new Set(r.sources.map((s) => s.publisher))].join('; ')})</span>
            </li>
          ))}
        </ul>
      )}
      {notesOf(properties, m.details).map((note) => (
        <p key={note} className="details__note">
          {note}
        </p>
      ))}
      {str(properties, 'positionNote') && <p className="details__note">{str(properties, 'positionNote')}</p>}
      {str(properties, 'caveat') && <p className="details__note">{str(properties, 'caveat')}</p>}
      {figures.length > 0 && (
        <dl className="details__figures">
          {figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <SourceList sources={properties.sources} />
    </article>
  );
}

/** The sources, each credited as the standards desk asks: title, publisher (and carrier, with why), date, language. */
function SourceList({ sources }: { sources: Source[] }) {
  const { locale, m } = useI18n();
  return (
    <div className="details__sources">
      <h3>{m.details.sources}</h3>
      <ul>
        {sources.map((s) => {
          const credit = sourceCredit(s, locale, m.details);
          return (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer" lang={s.title ? s.language : undefined}>
                {credit.linkText}
              </a>{' '}
              <span>
                {credit.byline}, {credit.when}
              </span>
              {credit.why && <span className="details__source-why"> ({credit.why})</span>}
              {s.note && <span className="details__source-note"> {s.note}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
