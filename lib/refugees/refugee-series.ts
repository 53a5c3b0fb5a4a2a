import type { Geodata } from '../geodata/load-geodata';
import type { UpdateRecord } from '../geodata/schema';
import type { Source } from '../geodata/source';

/** One total UNHCR published, with its cut-off and sources: a point of the day-by-day climb. */
export interface SeriesEntry {
  id: string;
  /** Publication day, ISO 8601. */
  date: string;
  /** When in the day, where the sources say ("by 08:30 GMT"); null otherwise. */
  time: string | null;
  /** The last day of arrivals counted, where the sources say; null otherwise. */
  arrivalsTo: string | null;
  /** The cut-off in the sources' words. */
  cutoff: string;
  total: number;
  /** "more than", "at least"… for a rounded figure; null for an exact count. */
  qualifier: string | null;
  /** True for the last figure published that day: the one the daily chart draws. */
  lastOfDay: boolean;
  sources: Source[];
}

/** One receiving country's figure in a complete breakdown. */
export interface CountryFigure {
  flowId: string;
  country: string;
  count: number;
  /** Share of the update's total, 0–1. */
  share: number;
  /** True for people who moved on beyond the neighbouring countries. */
  onward: boolean;
  /** Why the figure is computed rather than quoted; null when a source gives it. */
  derived: string | null;
  /** What changed since the day's earlier update, where something did. */
  revision: string | null;
  /** What the count does and does not include, where the sources say (the same on every day). */
  caveat: string | null;
  sources: Source[];
}

/** A UNHCR update whose every country figure is sourced. */
export interface Breakdown extends SeriesEntry {
  countries: CountryFigure[];
}

/** A day with no published figure. */
export interface SeriesGap {
  date: string;
  note: string;
  sources: Source[];
}

/** Everything known about UNHCR's count from 24 February to 3 March 2022. */
export interface RefugeeSeries {
  /** Every published total, in publication order. */
  series: SeriesEntry[];
  gaps: SeriesGap[];
  /** The complete breakdowns, in publication order. */
  breakdowns: Breakdown[];
  /** Days the arrows can be drawn for: each day's last complete breakdown, in date order. */
  drawnDates: string[];
  /** The day drawn when a link names none. */
  defaultDate: string;
  notes: string[];
}

/**
 * The day-by-day series, the breakdowns and the days the map can draw, from geodata/refugees.json.
 * Nothing is interpolated: a day without a published figure is a gap, with the reason. The schema
 * has already checked that each breakdown adds up and that the default day has one.
 */
export function buildRefugeeSeries(geodata: Geodata): RefugeeSeries {
  const { updates, flows, gaps, notes, drawnDate } = geodata.refugees;
  const cite = (ids: readonly string[]) => geodata.sources(ids, 'refugees.json');
  const lastOfDay = (u: UpdateRecord, i: number) => updates[i + 1]?.published !== u.published;
  const entry = (u: UpdateRecord, i: number): SeriesEntry => ({
    id: u.id,
    date: u.published,
    time: u.time ?? null,
    arrivalsTo: u.arrivalsTo,
    cutoff: u.cutoff,
    total: u.total,
    qualifier: u.qualifier,
    lastOfDay: lastOfDay(u, i),
    sources: cite(u.sourceIds),
  });
  const breakdowns = updates.flatMap((u, i): Breakdown[] => {
    if (!u.breakdown) return [];
    const countries = u.breakdown.map((figure): CountryFigure => {
      const flow = flows.find((f) => f.id === figure.flowId);
      if (!flow) throw new Error(`geodata/refugees.json: ${u.id} names unknown flow ${figure.flowId}`);
      return {
        flowId: flow.id,
        country: flow.country,
        count: figure.count,
        share: figure.count / u.total,
        onward: flow.onward ?? false,
        derived: figure.derived ?? null,
        revision: figure.revision ?? null,
        caveat: flow.note ?? null,
        sources: cite([...figure.sourceIds, ...(flow.noteSourceIds ?? [])]),
      };
    });
    return [{ ...entry(u, i), countries }];
  });
  return {
    series: updates.map(entry),
    gaps: gaps.map((g) => ({ date: g.date, note: g.note, sources: cite(g.sourceIds) })),
    breakdowns,
    drawnDates: [...new Set(breakdowns.map((b) => b.date))],
    defaultDate: drawnDate,
    notes,
  };
}

/** The breakdown the map draws for a day: the last complete one published that day. */
export function drawnBreakdown(series: RefugeeSeries, date: string): Breakdown | undefined {
  return series.breakdowns.filter((b) => b.date === date).at(-1);
}

/** The day's complete breakdown published before the drawn one, if UNHCR updated twice that day. */
export function earlierBreakdown(series: RefugeeSeries, date: string): Breakdown | undefined {
  const sameDay = series.breakdowns.filter((b) => b.date === date);
  return sameDay.length > 1 ? sameDay.at(-2) : undefined;
}
