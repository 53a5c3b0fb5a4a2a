import { FLOW_MAX_WIDTH_KM, FLOW_MIN_WIDTH_KM } from '../config';
import type { FlowWidthScale } from '../geo/flow-width';
import { drawnBreakdown, earlierBreakdown, type RefugeeSeries } from './refugee-series';

/** One day's figures as the map can draw them. */
export interface DrawnSnapshot {
  /** Publication day. */
  date: string;
  /** The last day of arrivals counted. */
  arrivalsTo: string | null;
  total: number;
  /** People who moved on beyond the neighbours: counted, but drawn as no arrow. */
  onwardCount: number;
  /** The same day's earlier update, where UNHCR published two. */
  earlierTotal: number | null;
}

/** What the UI states beside the map about the refugee figures. */
export interface RefugeeSummary {
  /** The day drawn when a link names none: the story's day. */
  defaultDate: string;
  /** Every day the arrows can be drawn for, in date order. */
  snapshots: DrawnSnapshot[];
  /** The daily totals for the chart: each day's last published figure, in date order. */
  daily: { date: string; total: number; qualifier: string | null; arrivalsTo: string | null }[];
  /** Days with no published figure. */
  gaps: { date: string; note: string }[];
  notes: string[];
  /** Arrow widths: `maxCount` people are drawn `maxWidthKm` wide; none is narrower than `minWidthKm`. */
  scale: { maxCount: number; maxWidthKm: number; minWidthKm: number };
}

/**
 * The arrow-width scale, the same on every day so that the arrows grow as the count climbs: the
 * largest count of any drawn day is drawn at the maximum width.
 */
export function flowScale(series: RefugeeSeries): FlowWidthScale {
  const counts = series.drawnDates.flatMap((date) => drawnBreakdown(series, date)?.countries.filter((c) => !c.onward).map((c) => c.count) ?? []);
  return { maxCount: Math.max(...counts), maxWidthKm: FLOW_MAX_WIDTH_KM, minWidthKm: FLOW_MIN_WIDTH_KM };
}

/** The summary the pages hand to the browser: small, with no sources (the layer carries those). */
export function refugeeSummary(series: RefugeeSeries): RefugeeSummary {
  const snapshots = series.drawnDates.map((date): DrawnSnapshot => {
    const drawn = drawnBreakdown(series, date)!;
    return {
      date,
      arrivalsTo: drawn.arrivalsTo,
      total: drawn.total,
      onwardCount: drawn.countries.filter((c) => c.onward).reduce((sum, c) => sum + c.count, 0),
      earlierTotal: earlierBreakdown(series, date)?.total ?? null,
    };
  });
  return {
    defaultDate: series.defaultDate,
    snapshots,
    daily: series.series.filter((e) => e.lastOfDay).map((e) => ({ date: e.date, total: e.total, qualifier: e.qualifier, arrivalsTo: e.arrivalsTo })),
    gaps: series.gaps.map((g) => ({ date: g.date, note: g.note })),
    notes: series.notes,
    scale: flowScale(series),
  };
}
