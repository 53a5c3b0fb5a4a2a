import { formatDate } from '@/lib/format/format-date';
import { formatCount, formatQualifiedCount } from '@/lib/format/format-number';
import type { MapInWords } from '@/lib/words/map-in-words';

/** A complete UNHCR update as a column heading: "3 March, by 08:30 GMT". */
function updateHeading(u: MapInWords['refugees']['updates'][number]): string {
  return `Published ${formatDate(u.date)}${u.time ? `, ${u.time}` : ''}`;
}

/**
 * The refugee figures of the map in words: UNHCR's count day by day (the chart's values, with
 * every figure published, its cut-off and who reported it), then each complete breakdown by country.
 */
export function RefugeeTables({ refugees }: { refugees: MapInWords['refugees'] }) {
  return (
    <div className="words__section">
      <h3>Refugees: the count day by day</h3>
      <table className="words__table" data-testid="refugee-climb-table">
        <caption>
          Every total UNHCR published from 24 February to 3 March 2022, as reported at the time. The chart draws the last
          figure of each day.
        </caption>
        <thead>
          <tr>
            <th scope="col">Published</th>
            <th scope="col">People who had fled</th>
            <th scope="col">Counting to</th>
            <th scope="col">Reported by</th>
          </tr>
        </thead>
        <tbody>
          {refugees.gaps.map((g) => (
            <tr key={g.date}>
              <th scope="row">{formatDate(g.date)}</th>
              <td colSpan={3}>{g.note}</td>
            </tr>
          ))}
          {refugees.climb.map((row) => (
            <tr key={`${row.date}-${row.total}`}>
              <th scope="row">
                {formatDate(row.date)}
                {row.time ? `, ${row.time}` : ''}
              </th>
              <td>{formatQualifiedCount(row.total, row.qualifier)}</td>
              <td>{row.cutoff}</td>
              <td>{row.publishers.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Refugees by receiving country</h3>
      <table className="words__table" data-testid="refugee-table">
        <caption>
          People who fled Ukraine, by receiving country, in each UNHCR update whose every figure is sourced. Figures
          published on 2 and 3 March count arrivals to the end of the previous day.
        </caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            {refugees.updates.map((u) => (
              <th scope="col" key={u.id}>
                {updateHeading(u)}
                {u.arrivalsTo && ` (arrivals to ${formatDate(u.arrivalsTo)})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {refugees.rows.map((row) => (
            <tr key={row.flowId}>
              <th scope="row">{row.onward ? `${row.country} (moved on, no arrow)` : row.country}</th>
              {row.counts.map((count, i) => (
                <td key={refugees.updates[i]?.id}>{formatCount(count)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {refugees.updates.map((u) => (
              <td key={u.id}>{formatCount(u.total)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <ul className="words__notes">
        {refugees.rows
          .filter((row) => row.caveat)
          .map((row) => (
            <li key={row.flowId}>
              <strong>{row.country}:</strong> {row.caveat}
            </li>
          ))}
        {refugees.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
