import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { ISO_RUSSIA, PORT_RING_RADIUS_KM } from '../config';
import { countryName } from './country-names';
import { withCountry } from './uk-cases';
import { formatDate } from '../format/format-date';
import { formatCount, formatShare } from '../format/format-number';
import { GEODATA_DIR } from '../geodata/load-geodata';
import type { RefugeeSeries } from '../refugees/refugee-series';
import type { Source } from '../geodata/source';
import type { Locale } from './locale';
import { ukPlural } from './plural';

/** geodata/translations/<locale>.json: the text of the features in another language, by id (tests/unit/uk-translation.test.ts keeps it whole). */
export interface FeatureTranslations {
  /** Each sentence of the story that a feature quotes, translated: shown beside the English, labelled as a translation. */
  story: Record<string, string>;
  places: Record<string, { name: string; label?: string; status: string; by?: string; summary: string; quoteNote?: string; positionNote?: string; possibleSites?: string[] }>;
  cities: Record<string, { name: string; status: string; by: string; summary: string; reports: string[]; casualties?: string; confidenceNote: string }>;
  /** Our words about a source (what it is cited for, why a later one is cited), by source id; titles stay as published. */
  sources: Record<string, { note?: string; later?: string }>;
  /** Outlets' names as they print them in this language («ТАСС»), by their English name; others keep theirs (geodata/publishers.json). */
  publisherNames?: Record<string, string>;
  refugees: {
    notes: string[];
    gaps: Record<string, string>;
    /** An update's cut-off, and its time of day where it has one ("до 08:30 за Гринвічем"). */
    updates: Record<string, { cutoff: string; time?: string }>;
    flows: Record<string, { country: string; note?: string }>;
    countryFigures: Record<string, { revision?: string; derived?: string }>;
    crossings: Record<string, { name: string; country: string }>;
  };
}

/** Reads a language's feature translations. */
export function readFeatureTranslations(locale: Exclude<Locale, 'en'>, dir = GEODATA_DIR): FeatureTranslations {
  return JSON.parse(readFileSync(join(/* turbopackIgnore: true */ dir, 'translations', `${locale}.json`), 'utf8')) as FeatureTranslations;
}

/** The talks' rounds in words, as Ukrainian prose writes ordinals. */
const ORDINAL: Record<number, string> = { 1: 'перший', 2: 'другий', 3: 'третій' };

/** "Into Poland" in Ukrainian needs the genitive: «До Польщі». By flow id. */
const INTO: Record<string, string> = {
  'flow-poland': 'До Польщі',
  'flow-hungary': 'До Угорщини',
  'flow-moldova': 'До Молдови',
  'flow-slovakia': 'До Словаччини',
  'flow-romania': 'До Румунії',
  'flow-russia': 'До Росії',
  'flow-belarus': 'До Білорусі',
  'flow-other-europe': 'До інших країн Європи',
};

/** The neighbours' names as the talks' measurements give them (Natural Earth). */
const COUNTRY: Record<string, string> = { Poland: 'Польща', Ukraine: 'Україна', Belarus: 'Білорусь', Lithuania: 'Литва', Russia: 'Росія' };

type Props = Record<string, unknown> & { id: string; kind: string };

/** One feature's properties in Ukrainian: the translated text of its record, or the builder's own sentence in Ukrainian. */
function ukProperties(p: Props, tr: FeatureTranslations): Props {
  const place = tr.places[p.id];
  if (place) {
    return {
      ...p,
      name: place.name,
      status: place.status,
      ...(place.by ? { by: place.by } : {}),
      summary: place.summary,
      ...(place.label ? { label: place.label } : {}),
      ...(place.quoteNote ? { quoteNote: place.quoteNote } : {}),
      ...(place.positionNote ? { positionNote: place.positionNote } : {}),
      ...(place.possibleSites ? { possibleSites: place.possibleSites } : {}),
      ...(p.nearestBorder ? { nearestBorder: { ...(p.nearestBorder as object), country: COUNTRY[(p.nearestBorder as { country: string }).country] ?? (p.nearestBorder as { country: string }).country } } : {}),
    };
  }
  const city = tr.cities[p.id];
  if (city) {
    const reports = (p.reports as { date: string; text: string; sources: unknown[] }[]).map((r, i) => ({ ...r, text: city.reports[i] ?? r.text }));
    return {
      ...p,
      name: city.name,
      status: city.status,
      by: city.by,
      summary: city.summary,
      reports,
      positionNote: 'Позначка — центр населеного пункту, а не місця влучань.',
      confidenceNote: city.confidenceNote,
      ...(city.casualties ? { casualties: city.casualties } : {}),
    };
  }
  switch (p.kind) {
    case 'port-ring': {
      const port = tr.places[String(p.portId)];
      return {
        ...p,
        name: `${port?.name ?? p.name}: ${port?.status ?? p.status}`,
        status: port?.status ?? p.status,
        ...(port?.by ? { by: port.by } : {}),
        summary: `Коло радіусом ${PORT_RING_RADIUS_KM} км навколо центру міста лише позначає місто; це не лінія фронту.`,
      };
    }
    case 'talks-area': {
      const place = tr.places[`talks-round-${String(p.round)}`];
      return {
        ...p,
        name: `Де міг відбутися ${ORDINAL[Number(p.round)] ?? `${String(p.round)}-й`} раунд`,
        ...(place?.quoteNote && p.quoteNote ? { quoteNote: place.quoteNote } : {}),
        summary: `Точного місця не називали. Заштрихована зона — до ${String(p.radiusKm)} км навколо приблизної точки в межах Білорусі — показує, наскільки неточне це розташування; це не межа, про яку повідомляли.`,
      };
    }
    case 'coastline':
      return p.sea === 'Sea of Azov'
        ? { ...p, name: 'Азовське узбережжя України', summary: 'Азовське узбережжя України з Маріуполем (в облозі, за даними AP) і Бердянськом (захопленим 27 лютого, за словами міського голови). Російські війська, за повідомленням AP, просувалися вздовж нього, щоб відрізати Україну від моря.' }
        : {
            ...p,
            name: 'Чорноморське узбережжя України',
            summary:
              'Чорноморське узбережжя України, разом із кримським, з Херсоном (захопленим, за даними AP), Миколаєвом і Одесою. Карта позначає порти, а не лінію фронту: джерела станом на 3 березня не дають змоги встановити, яку частину узбережжя контролювали російські війська.',
          };
    case 'annexed-territory':
      return {
        ...p,
        name: 'Крим: тимчасово окупований Росією з 2014 року',
        summary: 'За міжнародним правом — частина України: резолюція Генеральної Асамблеї ООН 68/262 (27 березня 2014 року) підтверджує територіальну цілісність України. 2014 року Росія окупувала й анексувала Крим; відтоді півострів тимчасово окупований.',
      };
    case 'country': {
      const name = countryName(String(p.iso), 'uk') ?? p.name;
      if (p.id === 'country-804') return { ...p, name, summary: 'Міжнародно визнані кордони України, разом із Кримом (резолюція Генеральної Асамблеї ООН 68/262).' };
      if (p.iso === ISO_RUSSIA) return { ...p, name, summary: 'Росія без Криму: у Natural Earth півострів віднесено до Росії, а ця карта дотримується резолюції Генеральної Асамблеї ООН 68/262.' };
      return { ...p, name, summary: `${name}: кордони Natural Earth, масштаб 1:50\u00a0млн.` };
    }
    case 'refugee-flow': {
      const flowId = String(p.flowId);
      const country = tr.refugees.flows[flowId]?.country ?? String(p.country);
      const figure = tr.refugees.countryFigures[`${String(p.updateId)}/${flowId}`];
      const caveat = [tr.refugees.flows[flowId]?.note, figure?.revision].filter(Boolean).join(' ') || null;
      const arrivals = p.arrivalsTo ? `, прибуття враховано до кінця ${formatDate(String(p.arrivalsTo), 'uk')}` : '';
      const total = Math.round(Number(p.count) / Number(p.share));
      return {
        ...p,
        name: INTO[flowId] ?? country,
        country,
        caveat,
        summary: `${formatCount(Number(p.count), 'uk')} ${ukPlural(Number(p.count), { one: 'людина виїхала', few: 'людини виїхали', many: 'людей виїхали' })} з України ${(INTO[flowId] ?? `до: ${country}`).replace(/^До /, 'до ')} (${formatShare(Number(p.share), 'uk')} від ${formatCount(total, 'uk')}); дані УВКБ ООН, оприлюднені ${formatDate(String(p.snapshotDate), 'uk')}${arrivals}.`,
      };
    }
    case 'border-crossing': {
      const crossing = tr.refugees.crossings[p.id];
      return {
        ...p,
        name: crossing?.name ?? p.name,
        country: crossing?.country ?? p.country,
        summary: `Пункт пропуску на кордоні ${withCountry(crossing?.country ?? String(p.country))}; один із головних шляхів виїзду першого тижня. Розташування приблизне.`,
      };
    }
    default:
      return p;
  }
}

/** Sources with our words about them (notes, why a later one is cited) in the language; titles and names stay as published. */
function localizeSources<S extends { id: string; publisher: string; carrier?: string; note?: string; later?: string }>(sources: readonly S[], tr: FeatureTranslations): S[] {
  const name = (n: string) => tr.publisherNames?.[n] ?? n;
  return sources.map((s) => ({ ...s, ...(tr.sources[s.id] ?? {}), publisher: name(s.publisher), ...(s.carrier ? { carrier: name(s.carrier) } : {}) }));
}

/** A feature's sources, and its reports' sources, with their notes in the language. */
function withSources(p: Props, tr: FeatureTranslations): Props {
  const sources = Array.isArray(p.sources) ? localizeSources(p.sources as Source[], tr) : p.sources;
  const reports = Array.isArray(p.reports) ? (p.reports as { sources: Source[] }[]).map((r) => ({ ...r, sources: localizeSources(r.sources, tr) })) : p.reports;
  return { ...p, sources, ...(reports ? { reports } : {}) };
}

/** A feature's story quote, which stays English, with its translation beside it. */
function withQuoteTranslation(p: Props, tr: FeatureTranslations): Props {
  const translation = typeof p.quote === 'string' ? tr.story[p.quote] : undefined;
  return translation ? { ...p, quoteTranslation: translation } : p;
}

/** A layer with its features' words in a language; English is the layer as built. */
export function localizeCollection<C extends FeatureCollection>(collection: C, locale: Locale, tr: FeatureTranslations | null): C {
  if (locale === 'en' || !tr) return collection;
  return { ...collection, features: collection.features.map((f: Feature) => ({ ...f, properties: withSources(withQuoteTranslation(ukProperties(f.properties as Props, tr), tr), tr) })) };
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
        return {
          ...c,
          country: r.flows[c.flowId]?.country ?? c.country,
          caveat: c.caveat ? (r.flows[c.flowId]?.note ?? c.caveat) : null,
          revision: c.revision ? (figure?.revision ?? c.revision) : null,
          derived: c.derived ? (figure?.derived ?? c.derived) : null,
          sources: localizeSources(c.sources, tr),
        };
      }),
    })),
  };
}
