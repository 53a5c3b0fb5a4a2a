import type { Position } from 'geojson';
import type { LayerStore } from '../layers/layer-store';
import type { LayerId } from '../layers/registry';
import type { Source } from '../layers/source';

/** One place or event of the story, told in words, with what is needed to show it on the map. */
export interface WordsEntry {
  layerId: LayerId;
  featureId: string;
  name: string;
  status: string | null;
  date: string;
  summary: string;
  quote: string | null;
  /** Measured figures, already worded: "From Kyiv: 521 km (324 mi)". */
  figures: { label: string; km: number }[];
  sources: Source[];
  /** Where the details popup points. */
  anchor: Position;
}

/** One row of the refugee table. */
export interface RefugeeRow {
  featureId: string;
  country: string;
  count: number;
  share: number;
  laterCount: number | null;
  onward: boolean;
}

/** Everything the map shows, as text: the events in the story's order and the refugee table. */
export interface MapInWords {
  sections: { layerId: LayerId; title: string; entries: WordsEntry[] }[];
  refugees: { asOf: string; label: string; total: number; rows: RefugeeRow[]; notes: string[] };
}

const SECTION_ORDER: { layerId: LayerId; title: string }[] = [
  { layerId: 'kyiv', title: 'Kyiv' },
  { layerId: 'talks', title: 'The talks in Belarus' },
  { layerId: 'ports', title: 'The ports' },
  { layerId: 'context', title: 'Context' },
];

const FIGURES: { key: string; label: (p: Record<string, unknown>) => string }[] = [
  { key: 'distanceFromKyivKm', label: () => 'From Kyiv' },
  { key: 'distanceToUkraineKm', label: () => "To Ukraine's border" },
];

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
        const figures = FIGURES.filter(({ key }) => typeof p[key] === 'number' && (p[key] as number) > 0).map(({ key, label }) => ({
          label: label(p),
          km: p[key] as number,
        }));
        const nearest = p.nearestBorder as { country: string; distanceKm: number } | undefined;
        if (nearest) figures.push({ label: `To ${nearest.country}'s border`, km: nearest.distanceKm });
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
          anchor: (f.geometry as { coordinates: Position }).coordinates,
        };
      }),
  }));
  const rows = store.layers.refugees.collection.features
    .filter((f) => f.properties?.kind === 'refugee-flow')
    .map((f) => {
      const p = f.properties as Record<string, unknown>;
      return {
        featureId: String(p.id),
        country: String(p.country),
        count: p.count as number,
        share: p.share as number,
        laterCount: (p.laterCount as number | null) ?? null,
        onward: p.onward === true,
      };
    });
  return {
    sections,
    refugees: { asOf: store.refugees.asOf, label: store.refugees.label, total: store.refugees.total, rows, notes: store.refugees.notes },
  };
}
