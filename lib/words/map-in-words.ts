import type { Position } from 'geojson';
import type { LayerStore } from '../layers/layer-store';
import type { Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { notesOf, reportsOf } from './feature-notes';
import { LAYERS_IN_STORY_ORDER, type LayerId } from '../layers/registry';
import type { Source } from '../geodata/source';
import type { RangeKm } from '../layers/talks/definition';

/** One place or event of the story, told in words, with what is needed to show it on the map. */
export interface WordsEntry {
  layerId: LayerId;
  featureId: string;
  name: string;
  status: string | null;
  /** Who made the judgement the status carries, where it is someone's. */
  by: string | null;
  date: string;
  summary: string;
  quote: string | null;
  /** The quote in the edition's language, where the edition is not English: shown beside it, labelled as a translation. */
  quoteTranslation: string | null;
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
  sections: { layerId: LayerId; title: string; rule: string | null; entries: WordsEntry[] }[];
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
const SECTIONS = LAYERS_IN_STORY_ORDER.flatMap((layer) => (layer.words ? [{ layerId: layer.id, ...layer.words }] : []));

/**
 * The map as words, built from the served layers: for readers who cannot see the map, who use a
 * screen reader, or whose browser cannot draw it.
 */
export function mapInWords(store: LayerStore, locale: Locale = 'en'): MapInWords {
  const t = MESSAGES[locale].details;
  const sections = SECTIONS.map(({ layerId, title, rule }) => ({
    layerId,
    title: title[locale],
    rule: rule?.[locale] ?? null,
    entries: store.layers[layerId].collection.features
      .filter((f) => f.geometry.type === 'Point')
      .map((f): WordsEntry => {
        const p = (f.properties ?? {}) as Record<string, unknown>;
        const figures: WordsEntry['figures'] = [];
        if (typeof p.distanceFromKyivKm === 'number' && p.distanceFromKyivKm > 0) figures.push({ label: t.fromKyiv, km: p.distanceFromKyivKm });
        const toUkraine = p.distanceToUkraine as RangeKm | undefined;
        if (toUkraine) figures.push({ label: t.toUkraine, km: toUkraine.maxKm, minKm: toUkraine.minKm });
        const nearest = p.nearestBorder as ({ country: string } & RangeKm) | undefined;
        if (nearest) figures.push({ label: t.toBorder(nearest.country), km: nearest.maxKm, minKm: nearest.minKm });
        return {
          layerId,
          featureId: String(p.id),
          name: String(p.name),
          status: typeof p.status === 'string' ? p.status : null,
          by: typeof p.by === 'string' ? p.by : null,
          date: String(p.date),
          summary: String(p.summary),
          quote: typeof p.quote === 'string' ? p.quote : null,
          quoteTranslation: typeof p.quoteTranslation === 'string' ? p.quoteTranslation : null,
          figures,
          sources: p.sources as Source[],
          reports: reportsOf(p).map((r) => ({ date: r.date, text: r.text, publishers: [...new Set(r.sources.map((s) => s.publisher))] })),
          notes: notesOf(p, t),
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
