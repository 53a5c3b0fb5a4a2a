import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { GEODATA_DIR } from '../geodata/load-geodata';
import type { Locale } from './locale';
import { typographyProblems } from './typography';

/** A feature's words in another language: whichever of its text properties the English has. */
export interface FeatureText {
  name?: string;
  label?: string;
  status?: string;
  by?: string;
  summary?: string;
  quoteNote?: string;
  positionNote?: string;
  possibleSites?: string[];
  casualties?: string;
  confidenceNote?: string;
  country?: string;
  /** Each report's text, in the English order. */
  reports?: string[];
  /** A note that is not a property of its own (a refugee arrow's caveat): its layer's localizer reads it. */
  note?: string;
}

/**
 * geodata/translations/<locale>.json: the text of the features in another language, by feature id,
 * whatever the layer (tests/unit/uk-translation.test.ts keeps it whole).
 */
export interface FeatureTranslations {
  /** Each sentence of the story that a feature quotes, translated: shown beside the English, labelled as a translation. */
  story: Record<string, string>;
  /** Each feature's words, by feature id (a refugee arrow's by its flow's id: one entry for every day's arrow). */
  features: Record<string, FeatureText>;
  /** Our words about a source (what it is cited for, why a later one is cited), by source id; titles stay as published. */
  sources: Record<string, { note?: string; later?: string }>;
  /** Outlets' names as they print them in this language («ТАСС»), by their English name; others keep theirs (geodata/publishers.json). */
  publisherNames?: Record<string, string>;
  /** UNHCR's series (GET /api/refugees/daily): its notes, gaps, updates and the revisions of its figures. */
  refugees: {
    notes: string[];
    gaps: Record<string, string>;
    /** An update's cut-off, and its time of day where it has one ("до 08:30 за Гринвічем"). */
    updates: Record<string, { cutoff: string; time?: string }>;
    countryFigures: Record<string, { revision?: string; derived?: string }>;
  };
}

/** Reads a language's feature translations. */
export function readFeatureTranslations(locale: Exclude<Locale, 'en'>, dir = GEODATA_DIR): FeatureTranslations {
  return JSON.parse(readFileSync(join(/* turbopackIgnore: true */ dir, 'translations', `${locale}.json`), 'utf8')) as FeatureTranslations;
}

/** A feature's properties, as GeoJSON carries them. */
export type FeatureProperties = Record<string, unknown> & { id: string; kind: string };

/** What a layer's localizer may read: the language's translations, and any feature's words in it. */
export interface FeatureWords {
  locale: Exclude<Locale, 'en'>;
  translations: FeatureTranslations;
  /** A feature's words in the language, by id: a localizer reads its parent's (a port's ring reads the port's). */
  feature(id: string): FeatureText | undefined;
}

/**
 * A layer's own sentences in another language, for what its builder writes rather than reads from
 * geodata/ (a ring's "5 km ring", an arrow's figures). Runs after the feature's translated words are
 * applied; returns the properties to serve. Exported by `lib/layers/<id>/localize.ts`.
 */
export type FeatureLocalizer = (properties: FeatureProperties, words: FeatureWords) => FeatureProperties;

/** The text properties a translation may replace, each only where the English feature has it. */
const TEXT_FIELDS = ['name', 'label', 'status', 'by', 'summary', 'quoteNote', 'positionNote', 'possibleSites', 'casualties', 'confidenceNote', 'country'] as const;

/** A feature's properties with its translated words applied, by its id. */
export function translateFeature(properties: FeatureProperties, text: FeatureText | undefined): FeatureProperties {
  if (!text) return properties;
  const out: FeatureProperties = { ...properties };
  for (const field of TEXT_FIELDS) if (field in properties && text[field] !== undefined) out[field] = text[field];
  if (Array.isArray(properties.reports) && text.reports) {
    out.reports = (properties.reports as { text: string }[]).map((r, i) => ({ ...r, text: text.reports![i] ?? r.text }));
  }
  return out;
}

/** The properties a reader reads as words, which must not stay English in another edition. */
const READ_FIELDS = [...TEXT_FIELDS, 'caveat'] as const;

/**
 * Where a layer's features kept their English words in another edition: "<feature id>.<property>"
 * for each text property that is still the English one and has English words in it (outlets' names
 * excepted). The layer store refuses to serve such a layer, so a missing translation fails the build.
 */
export function untranslatedText(english: FeatureCollection, localized: FeatureCollection, names: readonly string[]): string[] {
  const missing: string[] = [];
  for (const [i, feature] of english.features.entries()) {
    const en = feature.properties ?? {};
    const other = localized.features[i]?.properties ?? {};
    const fields: [string, unknown, unknown][] = READ_FIELDS.map((f) => [f, en[f], other[f]]);
    if (Array.isArray(en.reports)) (en.reports as { text: string }[]).forEach((r, j) => fields.push([`reports.${j}`, r.text, (other.reports as { text: string }[] | undefined)?.[j]?.text]));
    for (const [field, a, b] of fields) {
      const text = Array.isArray(a) ? a.join(' ') : a;
      if (typeof text !== 'string' || JSON.stringify(a) !== JSON.stringify(b)) continue;
      if (typographyProblems(text, 'uk', names).some((p) => p.rule.startsWith('an English word'))) missing.push(`${String(en.id)}.${field}`);
    }
  }
  return missing;
}
