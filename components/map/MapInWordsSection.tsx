'use client';

import { formatDate } from '@/lib/format/format-date';
import { shortPlaceName } from '@/lib/format/short-place-name';
import { formatCount, formatDistance, formatShare } from '@/lib/format/format-number';
import type { MapInWords, WordsEntry } from '@/lib/words/map-in-words';

interface MapInWordsProps {
  words: MapInWords;
  /** Shows an entry on the map and opens its details; absent where there is no map. */
  onShow?: (entry: WordsEntry) => void;
}

/** "The map in words": every place and figure of the map as text, and the refugees as a table. */
export function MapInWordsSection({ words, onShow }: MapInWordsProps) {
  return (
    <section id="map-in-words" className="words" aria-labelledby="map-in-words-title">
      <h2 id="map-in-words-title" className="words__title">
        The map in words
      </h2>
      {words.sections.map((section) => (
        <div key={section.layerId} className="words__section">
          <h3>{section.title}</h3>
          <ul>
            {section.entries.map((entry) => (
              <li key={entry.featureId}>
                <p className="words__entry">
                  <strong>{entry.name}</strong>
                  {entry.status && <> · {entry.status}</>} · <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                </p>
                {entry.quote && <blockquote className="words__quote">“{entry.quote}”</blockquote>}
                <p className="words__summary">{entry.summary}</p>
                {entry.figures.length > 0 && (
                  <p className="words__figures">
                    {entry.figures.map((f) => `${f.label}: ${formatDistance(f.km)}`).join('; ')}.
                  </p>
                )}
                <p className="words__sources">
                  Sources:{' '}
                  {entry.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 && '; '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {s.publisher}
                      </a>
                    </span>
                  ))}
                </p>
                {onShow && (
                  <button type="button" className="words__show" onClick={() => onShow(entry)} data-feature-id={entry.featureId}>
                    Show {shortPlaceName(entry.name)} on the map
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="words__section">
        <h3>Refugees by receiving country</h3>
        <table className="words__table">
          <caption>
            People who fled Ukraine, UNHCR, {words.refugees.label} (as of {formatDate(words.refugees.asOf)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">People</th>
              <th scope="col">Share</th>
              <th scope="col">As of</th>
            </tr>
          </thead>
          <tbody>
            {words.refugees.rows.map((row) => (
              <tr key={row.featureId}>
                <th scope="row">{row.onward ? `${row.country} (moved on)` : row.country}</th>
                <td>{formatCount(row.count)}</td>
                <td>{formatShare(row.share)}</td>
                <td>{formatDate(words.refugees.asOf)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{formatCount(words.refugees.total)}</td>
              <td>100 %</td>
              <td>{formatDate(words.refugees.asOf)}</td>
            </tr>
          </tfoot>
        </table>
        <ul className="words__notes">
          {words.refugees.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
