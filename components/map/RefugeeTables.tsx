import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '@/lib/format/format-date';
import { formatCount, formatQualifiedCount } from '@/lib/format/format-number';
import type { MapInWords } from '@/lib/words/map-in-words';


/**
 * The refugee figures of the map in words: UNHCR's count day by day (the chart's values, with
 * every figure published, its cut-off and who reported it), then each complete breakdown by country.
 */
export function RefugeeTables({ refugees }: { refugees: MapInWords['refugees'] }) {
  const { locale, m } = useI18n();
  const t = m.tables;
  const date = (iso: string) => formatDate(iso, locale, 'compact');
  return (
    <div className="words__section">
      <h3>{t.climbHeading}</h3>
      <table className="words__table" data-testid="refugee-climb-table">
        <caption>{t.climbCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.published}</th>
            <th scope="col">{t.people}</th>
            <th scope="col">{t.countingTo}</th>
            <th scope="col">{t.reportedBy}</th>
          </tr>
        </thead>
        <tbody>
          {refugees.gaps.map((g) => (
            <tr key={g.date}>
              <th scope="row">{date(g.date)}</th>
              <td colSpan={3}>{g.note}</td>
            </tr>
          ))}
          {refugees.climb.map((row) => (
            <tr key={`${row.date}-${row.total}`}>
              <th scope="row">
                {date(row.date)}
                {row.time ? `, ${row.time}` : ''}
              </th>
              <td>{formatQualifiedCount(row.total, row.qualifier, locale)}</td>
              <td>{row.cutoff}</td>
              <td>{row.publishers.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t.countryHeading}</h3>
      <table className="words__table" data-testid="refugee-table">
        <caption>{t.countryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.country}</th>
            {refugees.updates.map((u) => (
              <th scope="col" key={u.id}>
                {t.updateHeading(date(u.date), u.time)}
                {u.arrivalsTo && t.arrivalsTo(date(u.arrivalsTo))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {refugees.rows.map((row) => (
            <tr key={row.flowId}>
              <th scope="row">{row.onward ? t.movedOn(row.country) : row.country}</th>
              {row.counts.map((count, i) => (
                <td key={refugees.updates[i]?.id}>{formatCount(count, locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            {refugees.updates.map((u) => (
              <td key={u.id}>{formatCount(u.total, locale)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <ul className="words__notes">
        {refugees.rows
          .filter((row) => row.caveat)
          .map((row) => (
            <li key={row.flowId}>
              <strong>{row.country}.</strong> {row.caveat}
            </li>
          ))}
        {refugees.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
