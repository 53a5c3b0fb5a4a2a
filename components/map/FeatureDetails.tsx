import type { Source, StoryProperties } from '@/lib/layers/source';
import { formatDate } from '@/lib/format/format-date';
import { notesOf, reportsOf } from '@/lib/words/map-in-words';
import { formatCount, formatDistance, formatDistanceRange, formatShare } from '@/lib/format/format-number';

type Properties = StoryProperties & Record<string, unknown>;

/** One measured figure of a feature, as a label and its value. */
interface Figure {
  label: string;
  value: string;
}

const num = (p: Properties, key: string): number | undefined => (typeof p[key] === 'number' ? (p[key] as number) : undefined);
const str = (p: Properties, key: string): string | undefined => (typeof p[key] === 'string' ? (p[key] as string) : undefined);

/** The turf figures that matter for a feature, by its kind. */
export function figuresOf(p: Properties): Figure[] {
  const figures: Figure[] = [];
  const fromKyiv = num(p, 'distanceFromKyivKm');
  if (fromKyiv !== undefined && fromKyiv > 0) figures.push({ label: 'From Kyiv', value: formatDistance(fromKyiv) });
  const toUkraine = p.distanceToUkraine as { minKm?: number; maxKm?: number } | undefined;
  if (typeof toUkraine?.minKm === 'number' && typeof toUkraine.maxKm === 'number') {
    figures.push({ label: "To Ukraine's border", value: formatDistanceRange(toUkraine.minKm, toUkraine.maxKm) });
  }
  const nearest = p.nearestBorder as { country?: string; minKm?: number; maxKm?: number } | undefined;
  if (nearest?.country && typeof nearest.minKm === 'number' && typeof nearest.maxKm === 'number') {
    figures.push({ label: `To ${nearest.country}'s border`, value: formatDistanceRange(nearest.minKm, nearest.maxKm) });
  }
  const sites = Array.isArray(p.possibleSites) ? (p.possibleSites as string[]) : [];
  if (sites.length > 0) figures.push({ label: 'Measured from', value: sites.join(' and ') });
  const uncertainty = num(p, 'uncertaintyKm');
  if (uncertainty !== undefined && p.kind === 'talks-venue') figures.push({ label: 'Shaded area', value: `up to ${formatDistance(uncertainty)} around the point` });
  const count = num(p, 'count');
  if (count !== undefined) {
    figures.push({ label: 'People (UNHCR)', value: formatCount(count) });
    const share = num(p, 'share');
    if (share !== undefined) figures.push({ label: 'Share of all who fled', value: formatShare(share) });
    const earlier = num(p, 'earlierCount');
    if (earlier !== undefined) figures.push({ label: 'Earlier update that day', value: formatCount(earlier) });
    const previous = num(p, 'previousCount');
    if (previous !== undefined) figures.push({ label: 'Previous day drawn', value: `${formatCount(previous)} (+${formatCount(count - previous)})` });
    const arrivalsTo = str(p, 'arrivalsTo');
    if (arrivalsTo) figures.push({ label: 'Arrivals counted to', value: formatDate(arrivalsTo) });
    const width = num(p, 'widthKm');
    if (width !== undefined) {
      figures.push({
        label: 'Arrow width',
        value: `${formatDistance(width)}${p.widthClamped === true ? ', the minimum: too few people to draw to scale' : ''}`,
      });
    }
  }
  const toBorder = num(p, 'distanceToBorderKm');
  if (toBorder !== undefined) figures.push({ label: 'To the border as drawn', value: formatDistance(toBorder) });
  const radius = num(p, 'radiusKm');
  if (radius !== undefined) figures.push({ label: 'Ring radius', value: formatDistance(radius) });
  const coast = num(p, 'lengthKm');
  if (p.kind === 'coastline' && coast !== undefined) figures.push({ label: 'Length at 1:50m scale', value: formatDistance(coast) });
  return figures;
}

/** A feature's details: name, status, date, the story's words, the figures and the sources. */
export function FeatureDetails({ properties }: { properties: Properties }) {
  const status = str(properties, 'status');
  const accuracy = str(properties, 'positionAccuracy');
  const figures = figuresOf(properties);
  const reports = reportsOf(properties);
  return (
    <article className="details" aria-label={properties.name}>
      <h2 className="details__name">{properties.name}</h2>
      <p className="details__meta">
        {status && <span className={`details__status details__status--${status.replace(/\W+/g, '-')}`}>{status}</span>}
        <time dateTime={properties.date}>{formatDate(properties.date)}</time>
        {accuracy === 'approximate' && <span className="details__approx">position approximate</span>}
      </p>
      {properties.quote && (
        <figure className="details__quote">
          <blockquote>“{properties.quote}”</blockquote>
          <figcaption>The story, 3 March 2022</figcaption>
        </figure>
      )}
      {properties.quoteNote && <p className="details__note">{properties.quoteNote}</p>}
      <p className="details__summary">{properties.summary}</p>
      {reports.length > 0 && (
        <ul className="details__reports" aria-label="Reports">
          {reports.map((r) => (
            <li key={`${r.date}${r.text}`}>
              <time dateTime={r.date}>{formatDate(r.date)}</time>: {r.text}{' '}
              <span className="details__by">({[...new Set(r.sources.map((s) => s.publisher))].join('; ')})</span>
            </li>
          ))}
        </ul>
      )}
      {notesOf(properties).map((note) => (
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

function SourceList({ sources }: { sources: Source[] }) {
  return (
    <div className="details__sources">
      <h3>Sources</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span>
              {s.publisher}, {formatDate(s.date)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
