import type { Position } from 'geojson';
import type { LayerStore } from '../layers/layer-store';
import { LAYERS_IN_STORY_ORDER, type LayerId } from '../layers/registry';
import type { Source } from '../layers/source';
import type { CityReport } from '../layers/cities/definition';
import type { RangeKm } from '../layers/talks/definition';

/** One place or event of the story, told in words, with what is needed to show it on the map. */
export interface WordsEntry {
  layerId: LayerId;
  featureId: string;
  name: string;
  status: string | null;
  date: string;
  summary: string;
  quote: string | null;
  /** Measured figures: "From Kyiv: 521 km (324 mi)"; a range where the site is uncertain ("87–90 km"). */
  figures: { label: string; km: number; minKm?: number }[];
  sources: Source[];
  /** Dated reports, where the feature has them (cities under fire), with who published each. */
  reports: { date: string; text: string; publishers: string[] }[];
  /** What the sources do and do not establish: casualties as stated, confidence where reports conflict. */
  notes: string[];
  /** Where the details popup points. */
  anchor: Position;
}

/** One country's row of the breakdown table: its count in each complete UNHCR update. */
export interface RefugeeRow {
  flowId: string;
  country: string;
  onward: boolean;
  /** Counts in the order of `MapInWords['refugees']['updates']`. */
  counts: number[];
  /** What the count does and does not include, where the sources say. */
  caveat: string | null;
}

/** One published total of the day-by-day table. */
export interface ClimbRow {
  date: string;
  time: string | null;
  total: number;
  qualifier: string | null;
  cutoff: string;
  lastOfDay: boolean;
  /** Publisher names, for the table; the links are in the API and the details. */
  publishers: string[];
}

/** Everything the map shows, as text: the events in the story's order and the refugee tables. */
export interface MapInWords {
  sections: { layerId: LayerId; title: string; entries: WordsEntry[] }[];
  refugees: {
    /** The complete breakdowns, in publication order: the columns of the country table. */
    updates: { id: string; date: string; time: string | null; arrivalsTo: string | null; total: number }[];
    rows: RefugeeRow[];
    /** Every total published from 24 February to 3 March, in order. */
    climb: ClimbRow[];
    gaps: { date: string; note: string }[];
    notes: string[];
  };
}

/** The sections: every layer module with words, in the story's order. */
const SECTION_ORDER: { layerId: LayerId; title: string }[] = LAYERS_IN_STORY_ORDER.flatMap((layer) =>
  layer.words ? [{ layerId: layer.id, title: layer.words.title }] : [],
);

const FIGURES: { key: string; label: (p: Record<string, unknown>) => string }[] = [{ key: 'distanceFromKyivKm', label: () => 'From Kyiv' }];

/**
 * The map as words, built from the served layers: for readers who cannot see the map, who use a
 * screen reader, or whose browser cannot draw it.
 */
export function mapInWords(store: LayerStore): MapInWords {
  const sections = SECTION_ORDER.map(({ layerId, title }) => ({
    layerId,
    title,
    entries: store.layers[layerId].collection.features
      .filter((f) => f.geometry.type === 'Point')
      .map((f): WordsEntry => {
        const p = (f.properties ?? {}) as Record<string, unknown>;
        const figures: WordsEntry['figures'] = FIGURES.filter(({ key }) => typeof p[key] === 'number' && (p[key] as number) > 0).map(({ key, label }) => ({
          label: label(p),
          km: p[key] as number,
        }));
        const toUkraine = p.distanceToUkraine as RangeKm | undefined;
        if (toUkraine) figures.push({ label: "To Ukraine's border", km: toUkraine.maxKm, minKm: toUkraine.minKm });
        const nearest = p.nearestBorder as ({ country: string } & RangeKm) | undefined;
        if (nearest) figures.push({ label: `To ${nearest.country}'s border`, km: nearest.maxKm, minKm: nearest.minKm });
        return {
          layerId,
          featureId: String(p.id),
          name: String(p.name),
          status: typeof p.status === 'string' ? p.status : null,
          date: String(p.date),
          summary: String(p.summary),
          quote: typeof p.quote === 'string' ? p.quote : null,
          figures,
          sources: p.sources as Source[],
          reports: reportsOf(p).map((r) => ({ date: r.date, text: r.text, publishers: [...new Set(r.sources.map((s) => s.publisher))] })),
          notes: notesOf(p),
          anchor: (f.geometry as { coordinates: Position }).coordinates,
        };
      }),
  }));
  const { series } = store;
  const flows = series.breakdowns[0]?.countries ?? [];
  return {
    sections,
    refugees: {
      updates: series.breakdowns.map((b) => ({ id: b.id, date: b.date, time: b.time, arrivalsTo: b.arrivalsTo, total: b.total })),
      rows: flows.map((flow) => ({
        flowId: flow.flowId,
        country: flow.country,
        onward: flow.onward,
        counts: series.breakdowns.map((b) => b.countries.find((c) => c.flowId === flow.flowId)?.count ?? 0),
        caveat: flow.caveat,
      })),
      climb: series.series.map((e) => ({
        date: e.date,
        time: e.time,
        total: e.total,
        qualifier: e.qualifier,
        cutoff: e.cutoff,
        lastOfDay: e.lastOfDay,
        publishers: [...new Set(e.sources.map((s) => s.publisher))],
      })),
      gaps: series.gaps.map((g) => ({ date: g.date, note: g.note })),
      notes: [...series.notes, ...series.breakdowns.flatMap((b) => b.countries.flatMap((c) => (c.revision ? [c.revision] : [])))],
    },
  };
}

/** A feature's dated reports (cities under fire), or none. */
export function reportsOf(p: Record<string, unknown>): CityReport[] {
  return Array.isArray(p.reports) ? (p.reports as CityReport[]) : [];
}

/** What a feature's sources establish and what they leave open: casualties as stated, and the confidence note. */
export function notesOf(p: Record<string, unknown>): string[] {
  const notes: string[] = [];
  if (typeof p.casualties === 'string') notes.push(`Casualties: ${p.casualties}`);
  if (typeof p.confidence === 'string' && typeof p.confidenceNote === 'string') notes.push(`Confidence ${p.confidence}: ${p.confidenceNote}`);
  return notes;
}
