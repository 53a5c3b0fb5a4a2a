import { formatDate } from '@/lib/format/format-date';
import { shortPlaceName } from '@/lib/format/short-place-name';
import { formatDistance, formatDistanceRange } from '@/lib/format/format-number';
import type { MapInWords, WordsEntry } from '@/lib/words/map-in-words';
import { sourceLinks } from '@/lib/words/source-credit';
import { quotedUk } from '@/lib/format/quoted';
import { useI18n } from '../i18n/I18nProvider';
import { RefugeeTables } from './RefugeeTables';

interface MapInWordsProps {
  words: MapInWords;
  /** Shows an entry on the map and opens its details; absent where there is no map. */
  onShow?: (entry: WordsEntry) => void;
}

/** A label that follows a semicolon inside a sentence: "; to Ukraine's border", «; до кордону з Україною». */
const lowerFirst = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

/** "The map in words": every place and figure of the map as text, and the refugee figures as tables. */
export function MapInWordsSection({ words, onShow }: MapInWordsProps) {
  const { locale, m } = useI18n();
  return (
    <section id="map-in-words" className="words" aria-labelledby="map-in-words-title">
      <h2 id="map-in-words-title" className="words__title">
        {m.words.heading}
      </h2>
      {words.sections.map((section) => (
        <div key={section.layerId} className="words__section">
          <h3>{section.title}</h3>
          {section.rule && (
            <p className="words__rule">
              <strong>{m.words.rule}</strong>
              {section.rule}
            </p>
          )}
          <ul>
            {section.entries.map((entry) => (
              <li key={entry.featureId}>
                <p className="words__entry">
                  <strong>{entry.name}</strong>
                  {entry.status && <> · {entry.status}</>}
                  {entry.status && entry.by && `\u00a0— ${entry.by}`} · <time dateTime={entry.date}>{formatDate(entry.date, locale, 'compact')}</time>
                </p>
                {entry.quote && (
                  <blockquote className="words__quote" lang="en">
                    “{entry.quote}”
                  </blockquote>
                )}
                {entry.quote && entry.quoteTranslation && locale !== 'en' && (
                  <p className="words__translation">
                    <span className="translation-label">{m.translationLabel}:</span> {quotedUk(entry.quoteTranslation)}
                  </p>
                )}
                <p className="words__summary">{entry.summary}</p>
                {entry.reports.length > 0 && (
                  <ul className="words__reports">
                    {entry.reports.map((r) => (
                      <li key={`${r.date}${r.text}`}>
                        <time className="report__date" dateTime={r.date}>
                          {formatDate(r.date, locale, 'compact')}
                        </time>{' '}
                        {r.text} ({r.publishers.join('; ')})
                      </li>
                    ))}
                  </ul>
                )}
                {entry.notes.map((note) => (
                  <p key={note} className="words__note">
                    {note}
                  </p>
                ))}
                {entry.figures.length > 0 && (
                  <p className="words__figures">
                    {entry.figures.map((f, i) => `${i === 0 ? f.label : lowerFirst(f.label)}: ${f.minKm === undefined ? formatDistance(f.km, locale) : formatDistanceRange(f.minKm, f.km, locale)}`).join('; ')}.
                  </p>
                )}
                <p className="words__sources">
                  {m.words.sources}
                  {sourceLinks(entry.sources, locale, m.details).map(({ url, text }, i) => (
                    <span key={url}>
                      {i > 0 && '; '}
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {text}
                      </a>
                    </span>
                  ))}
                </p>
                {onShow && (
                  <button type="button" className="words__show" onClick={() => onShow(entry)} data-feature-id={entry.featureId}>
                    {m.words.show(shortPlaceName(entry.name))}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <RefugeeTables refugees={words.refugees} />
    </section>
  );
}
