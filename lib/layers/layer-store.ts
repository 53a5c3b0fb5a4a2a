import { createHash } from 'node:crypto';
import { bbox as turfBbox } from '@turf/turf';
import type { Source } from '../geodata/source';
import type { BBox, FeatureCollection } from 'geojson';
import { MAP_DATE } from '../config';
import { geodataVersion, loadGeodata, type Geodata } from '../geodata/load-geodata';
import { buildRefugeeSeries, type RefugeeSeries } from '../refugees/refugee-series';
import { refugeeSummary, type RefugeeSummary } from '../refugees/refugee-summary';
import { LAYER_IDS, LAYER_INFO, layerUrl, type LayerId } from './registry';
import { LAYERS } from './layers';
import type { LayerModule } from './layer-module';
import { layerLabels, type LabelCollection } from './layer-labels';
import type { Locale } from '../i18n/locale';
import { localizeCollection, localizeSeries } from '../i18n/localize-layers';
import { readFeatureTranslations, untranslatedText, type FeatureTranslations } from '../i18n/feature-translations';

/** A JSON answer of the API: its body, its bytes and a strong validator. */
export interface ServedBody {
  /** The JSON body, serialised once. */
  body: string;
  /** The body as UTF-8 bytes, encoded once rather than on every response. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Strong ETag: a quoted SHA-256 of the body. */
  etag: string;
}

/** One layer as the API serves it: the collection, its bytes and validator, and its labels (`layerLabels`). */
export interface ServedLayer extends ServedBody {
  id: LayerId;
  collection: FeatureCollection;
  labels: ServedBody & { collection: LabelCollection };
}

/** Serialises a collection once, with its bytes and a strong ETag. */
function served(collection: FeatureCollection): ServedBody {
  const body = JSON.stringify(collection);
  return { body, bytes: new TextEncoder().encode(body), etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}

/** An entry of GET /api/layers. */
export interface LayerIndexEntry {
  id: LayerId;
  title: string;
  description: string;
  featureCount: number;
  bbox: BBox;
  /** The date the layer's facts refer to. */
  asOf: string;
  url: string;
}

/** Every layer, built once from geodata/. */
export interface LayerStore {
  layers: Record<LayerId, ServedLayer>;
  index: LayerIndexEntry[];
  refugees: RefugeeSummary;
  /** UNHCR's day-by-day totals and breakdowns, as GET /api/refugees/daily serves them. */
  series: RefugeeSeries;
}

/**
 * Builds every layer from already loaded geodata, each with its module's builder, with the
 * features' words in `locale` (geodata/translations/; the figures and geometry are the same in
 * every language). Pure apart from hashing.
 */
export async function buildLayerStore(geodata: Geodata, locale: Locale = 'en', translations?: FeatureTranslations): Promise<LayerStore> {
  const read = locale === 'en' ? null : (translations ?? readFeatureTranslations(locale));
  // Outlets' names as they print them in the edition's language («ТАСС», «Українська правда»).
  const tr = read && { ...read, publisherNames: Object.fromEntries(geodata.publishers.flatMap((p) => (p.nameUk ? [[p.name, p.nameUk]] : []))) };
  const orphan = geodata.places.find((p) => !(LAYER_IDS as readonly string[]).includes(p.layer));
  if (orphan) throw new Error(`geodata/places.json: ${orphan.id} is in layer "${orphan.layer}", which lib/layers/layers.ts does not list`);
  const builtLayers = await builtFrom(geodata);
  const localizers = await Promise.all(LAYERS.map((layer) => (tr ? (layer as LayerModule).loadLocalizer?.() : undefined)));
  const layers = {} as Record<LayerId, ServedLayer>;
  for (const [i, { id }] of LAYERS.entries()) {
    const built = builtLayers[i]!;
    const localized = localizeCollection(built, locale, tr, localizers[i]);
    if (tr) {
      const missing = untranslatedText(built, localized, geodata.publishers.flatMap((p) => [p.name, ...(p.short ? [p.short] : [])]));
      if (missing.length) throw new Error(`geodata/translations/${locale}.json: the ${id} layer has no ${locale} text for ${missing.join(', ')}`);
    }
    const collection = withMetadata(id, localized, locale);
    const labels = layerLabels(collection);
    layers[id] = { id, collection, ...served(collection), labels: { collection: labels, ...served(labels) } };
  }
  const series = localizeSeries(buildRefugeeSeries(geodata), locale, tr);
  const index = LAYER_IDS.map((id) => ({
    id,
    title: LAYER_INFO[id].title[locale],
    description: LAYER_INFO[id].description[locale],
    featureCount: layers[id].collection.features.length,
    bbox: turfBbox(layers[id].collection),
    asOf: MAP_DATE,
    url: layerUrl(id, locale),
  }));
  return { layers, index, refugees: refugeeSummary(series), series };
}


/** Each layer's features as its builder makes them, by geodata: built once for every language (the words are applied after). */
const builtByGeodata = new WeakMap<Geodata, Promise<FeatureCollection[]>>();

function builtFrom(geodata: Geodata): Promise<FeatureCollection[]> {
  let built = builtByGeodata.get(geodata);
  if (!built) {
    built = Promise.all(LAYERS.map((layer) => layer.loadBuilder())).then((builders) => builders.map((build) => build(geodata)));
    builtByGeodata.set(geodata, built);
    built.catch(() => builtByGeodata.delete(geodata));
  }
  return built;
}

/** What a downloaded layer says about itself: RFC 7946 foreign members, ignored by GeoJSON readers. */
export interface LayerMetadata {
  title: string;
  description: string;
  asOf: string;
  licence: string;
  /** Every source the layer's features cite, once. */
  sources: Source[];
}

export const DATA_LICENCE =
  'Compilation CC BY 4.0 (credit the map and the sources). Natural Earth borders are public domain; figures and quotes belong to their publishers.';

/** The licence in Ukrainian, for the Ukrainian edition's files. */
const DATA_LICENCE_UK =
  'Добірка — CC BY 4.0 (зазначайте карту й джерела). Кордони Natural Earth — суспільне надбання; цифри й цитати належать їхнім видавцям.';

function withMetadata(id: LayerId, collection: FeatureCollection, locale: Locale): FeatureCollection & { metadata: LayerMetadata } {
  const sources = new Map<string, LayerMetadata['sources'][number]>();
  for (const f of collection.features) for (const s of (f.properties?.sources ?? []) as LayerMetadata['sources']) sources.set(s.url, s);
  return {
    type: 'FeatureCollection',
    metadata: {
      title: LAYER_INFO[id].title[locale],
      description: LAYER_INFO[id].description[locale],
      asOf: MAP_DATE,
      licence: locale === 'en' ? DATA_LICENCE : DATA_LICENCE_UK,
      sources: [...sources.values()],
    },
    features: collection.features,
  };
}

const cache = globalThis as typeof globalThis & { __layerStores?: Partial<Record<Locale, Promise<LayerStore>>>; __geodataVersion?: string };

/**
 * The layer store of this process in a language: geodata/ is read and the layers derived on first
 * use only. Under `npm run dev`, again when a file of geodata/ has changed since.
 */
export function getLayerStore(locale: Locale = 'en'): Promise<LayerStore> {
  if (process.env.NODE_ENV === 'development') {
    const version = geodataVersion();
    if (version !== cache.__geodataVersion) cache.__layerStores = {};
    cache.__geodataVersion = version;
  }
  const stores = (cache.__layerStores ??= {});
  stores[locale] ??= loadLayerStore(locale);
  return stores[locale];
}

async function loadLayerStore(locale: Locale): Promise<LayerStore> {
  try {
    return await buildLayerStore(loadGeodata(), locale);
  } catch (error) {
    delete cache.__layerStores?.[locale]; // a broken geodata file fails each request, not the process for good
    throw error;
  }
}
