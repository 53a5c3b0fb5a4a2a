import type { Feature, FeatureCollection } from 'geojson';
import type { RefugeeSeries } from '../refugees/refugee-series';
import type { Source } from '../geodata/source';
import type { Locale } from './locale';
import { translateFeature, type FeatureLocalizer, type FeatureProperties, type FeatureTranslations, type FeatureWords } from './feature-translations';

/** Sources with our words about them (notes, why a later one is cited) in the language; titles and names stay as published. */
function localizeSources<S extends { id: string; publisher: string; carrier?: string; note?: string; later?: string }>(sources: readonly S[], tr: FeatureTranslations): S[] {
  const name = (n: string) => tr.publisherNames?.[n] ?? n;
  return sources.map((s) => ({ ...s, ...(tr.sources[s.id] ?? {}), publisher: name(s.publisher), ...(s.carrier ? { carrier: name(s.carrier) } : {}) }));
}

/** A feature's sources, and its reports' sources, with their notes in the language. */
function withSources(p: FeatureProperties, tr: FeatureTranslations): FeatureProperties {
  const sources = Array.isArray(p.sources) ? localizeSources(p.sources as Source[], tr) : p.sources;
  const reports = Array.isArray(p.reports) ? (p.reports as { sources: Source[] }[]).map((r) => ({ ...r, sources: localizeSources(r.sources, tr) })) : p.reports;
  return { ...p, sources, ...(reports ? { reports } : {}) };
}

/** A feature's story quote, which stays English, with its translation beside it. */
function withQuoteTranslation(p: FeatureProperties, tr: FeatureTranslations): FeatureProperties {
  const translation = typeof p.quote === 'string' ? tr.story[p.quote] : undefined;
  return translation ? { ...p, quoteTranslation: translation } : p;
}

/**
 * A layer with its features' words in a language; English is the layer as built. Each feature takes
 * its translated words by id (geodata/translations/), then the layer's localizer writes the
 * sentences its builder made itself.
 */
export function localizeCollection<C extends FeatureCollection>(collection: C, locale: Locale, tr: FeatureTranslations | null, localize?: FeatureLocalizer): C {
  if (locale === 'en' || !tr) return collection;
  const words: FeatureWords = { locale, translations: tr, feature: (id) => tr.features[id] };
  const localized = (p: FeatureProperties) => {
    const translated = translateFeature(p, tr.features[p.id]);
    return localize ? localize(translated, words) : translated;
  };
  return {
    ...collection,
    features: collection.features.map((f: Feature) => ({ ...f, properties: withSources(withQuoteTranslation(localized(f.properties as FeatureProperties), tr), tr) })),
  };
}

/** UNHCR's series with its words (cut-offs, gaps, notes, countries and their caveats) in a language. */
export function localizeSeries(series: RefugeeSeries, locale: Locale, tr: FeatureTranslations | null): RefugeeSeries {
  if (locale === 'en' || !tr) return series;
  const r = tr.refugees;
  return {
    ...series,
    series: series.series.map((e) => ({ ...e, cutoff: r.updates[e.id]?.cutoff ?? e.cutoff, time: r.updates[e.id]?.time ?? e.time, sources: localizeSources(e.sources, tr) })),
    gaps: series.gaps.map((g) => ({ ...g, note: r.gaps[g.date] ?? g.note, sources: localizeSources(g.sources, tr) })),
    notes: series.notes.map((n, i) => r.notes[i] ?? n),
    breakdowns: series.breakdowns.map((b) => ({
      ...b,
      time: r.updates[b.id]?.time ?? b.time,
      sources: localizeSources(b.sources, tr),
      countries: b.countries.map((c) => {
        const figure = r.countryFigures[`${b.id}/${c.flowId}`];
        const flow = tr.features[c.flowId];
        return {
          ...c,
          country: flow?.country ?? c.country,
          caveat: c.caveat ? (flow?.note ?? c.caveat) : null,
          revision: c.revision ? (figure?.revision ?? c.revision) : null,
          derived: c.derived ? (figure?.derived ?? c.derived) : null,
          sources: localizeSources(c.sources, tr),
        };
      }),
    })),
  };
}
