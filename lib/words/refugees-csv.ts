import { drawnBreakdown, type RefugeeSeries } from '../refugees/refugee-series';

/** Quotes a CSV field when it needs it (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const table = (header: string[], rows: (string | number | null)[][]) =>
  [header.join(','), ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n';

const publishers = (sources: { publisher: string; carrier?: string }[]) =>
  [...new Set(sources.map((s) => (s.carrier ? `${s.publisher} (in ${s.carrier})` : s.publisher)))].join('; ');
const urls = (sources: { url: string }[]) => [...new Set(sources.map((s) => s.url))].join(' ');

/**
 * The complete country breakdowns as CSV (RFC 4180): one row per update and country, with the
 * publication day, the arrivals cut-off, the sources and the licence on every row, so that the
 * file keeps its provenance wherever it goes.
 */
export function refugeesCsv(series: RefugeeSeries, licence: string): string {
  const header = ['update', 'published', 'time', 'arrivals_to', 'country', 'people', 'share_of_total', 'moved_on_beyond_neighbours', 'derived', 'drawn_on_map', 'sources', 'source_urls', 'licence'];
  const rows = series.breakdowns.flatMap((b) => {
    const drawn = drawnBreakdown(series, b.date) === b;
    return [
      ...b.countries.map((c) => [b.id, b.date, b.time, b.arrivalsTo, c.country, c.count, c.share.toFixed(4), c.onward ? 'yes' : 'no', c.derived, drawn && !c.onward ? 'yes' : 'no', publishers(c.sources), urls(c.sources), licence]),
      [b.id, b.date, b.time, b.arrivalsTo, 'Total', b.total, '1.0000', '', null, '', publishers(b.sources), urls(b.sources), licence],
    ];
  });
  return table(header, rows);
}

/** Every published total from 24 February to 3 March as CSV: the day-by-day climb, gaps included. */
export function refugeeDailyCsv(series: RefugeeSeries, licence: string): string {
  const header = ['published', 'time', 'people', 'qualifier', 'arrivals_to', 'cutoff', 'last_of_day', 'sources', 'source_urls', 'licence'];
  const rows = [
    ...series.gaps.map((g) => [g.date, null, null, null, null, g.note, '', publishers(g.sources), urls(g.sources), licence]),
    ...series.series.map((e) => [e.date, e.time, e.total, e.qualifier, e.arrivalsTo, e.cutoff, e.lastOfDay ? 'yes' : 'no', publishers(e.sources), urls(e.sources), licence]),
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return table(header, rows);
}
