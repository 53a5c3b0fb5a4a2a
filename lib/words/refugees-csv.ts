import type { MapInWords } from './map-in-words';

/** Quotes a CSV field when it needs it (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The refugee figures as CSV (RFC 4180), with the snapshot, the source and the licence on every
 * row, so that the file keeps its provenance wherever it goes.
 */
export function refugeesCsv(refugees: MapInWords['refugees'], sourceUrl: string, licence: string): string {
  const header = ['country', 'people', 'share_of_total', 'later_update_3_march', 'moved_on_beyond_neighbours', 'as_of', 'snapshot', 'source', 'licence'];
  const rows = refugees.rows.map((r) =>
    [r.country, r.count, r.share.toFixed(4), r.laterCount, r.onward ? 'yes' : 'no', refugees.asOf, refugees.label, sourceUrl, licence].map(field).join(','),
  );
  const total = ['Total', refugees.total, '1.0000', null, '', refugees.asOf, refugees.label, sourceUrl, licence].map(field).join(',');
  return [header.join(','), ...rows, total].join('\r\n') + '\r\n';
}
