import { createHash } from 'node:crypto';
import { bbox as turfBbox } from '@turf/turf';
import type { BBox, FeatureCollection } from 'geojson';
import { MAP_DATE } from '../config';
import { loadGeodata, type Geodata } from '../geodata/load-geodata';
import { buildBasemapLayer } from './basemap/build';
import { buildCoastLayer } from './coast/build';
import { buildContextLayer } from './context/build';
import { buildKyivLayer } from './kyiv/build';
import { buildPortsLayer } from './ports/build';
import { buildRefugeesLayer, flowScale } from './refugees/build';
import { LAYER_IDS, LAYER_INFO, layerUrl, type LayerId, type LayerInfo } from './registry';
import { buildTalksLayer } from './talks/build';

/** One layer as the API serves it: the collection, its bytes and a strong validator. */
export interface ServedLayer {
  id: LayerId;
  collection: FeatureCollection;
  /** The JSON body, serialised once. */
  body: string;
  /** The body as UTF-8 bytes, encoded once rather than on every response. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Strong ETag: a quoted SHA-256 of the body. */
  etag: string;
}

/** An entry of GET /api/layers. */
export interface LayerIndexEntry extends LayerInfo {
  featureCount: number;
  bbox: BBox;
  /** The date the layer's facts refer to. */
  asOf: string;
  url: string;
}

/** The refugee snapshot the UI states beside the map. */
export interface RefugeeSummary {
  total: number;
  asOf: string;
  label: string;
  notes: string[];
  laterTotal: number;
  laterLabel: string;
  /** Arrow widths: `maxCount` people are drawn `maxWidthKm` wide; none is narrower than `minWidthKm`. */
  scale: { maxCount: number; maxWidthKm: number; minWidthKm: number };
}

/** Every layer, built once from geodata/. */
export interface LayerStore {
  layers: Record<LayerId, ServedLayer>;
  index: LayerIndexEntry[];
  refugees: RefugeeSummary;
}

const BUILDERS: Record<LayerId, (geodata: Geodata) => FeatureCollection> = {
  basemap: buildBasemapLayer,
  coast: buildCoastLayer,
  talks: buildTalksLayer,
  ports: buildPortsLayer,
  refugees: buildRefugeesLayer,
  kyiv: buildKyivLayer,
  context: buildContextLayer,
};

/** Builds every layer from already loaded geodata. Pure apart from hashing. */
export function buildLayerStore(geodata: Geodata): LayerStore {
  const layers = {} as Record<LayerId, ServedLayer>;
  for (const id of LAYER_IDS) {
    const collection = withMetadata(id, BUILDERS[id](geodata), geodata);
    const body = JSON.stringify(collection);
    layers[id] = {
      id,
      collection,
      body,
      bytes: new TextEncoder().encode(body),
      etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
    };
  }
  const { snapshot, laterSnapshot } = geodata.refugees;
  const index = LAYER_IDS.map((id) => ({
    ...LAYER_INFO[id],
    featureCount: layers[id].collection.features.length,
    bbox: turfBbox(layers[id].collection),
    asOf: id === 'refugees' ? snapshot.asOf : MAP_DATE,
    url: layerUrl(id),
  }));
  return {
    layers,
    index,
    refugees: {
      total: snapshot.total,
      asOf: snapshot.asOf,
      label: snapshot.label,
      notes: snapshot.notes,
      laterTotal: laterSnapshot.total,
      laterLabel: laterSnapshot.label,
      scale: flowScale(geodata),
    },
  };
}

/** What a downloaded layer says about itself: RFC 7946 foreign members, ignored by GeoJSON readers. */
export interface LayerMetadata {
  title: string;
  description: string;
  asOf: string;
  licence: string;
  /** Every source the layer's features cite, once. */
  sources: { title: string; publisher: string; url: string; date: string }[];
}

export const DATA_LICENCE =
  'Compilation CC BY 4.0 (credit the map and the sources). Natural Earth borders are public domain; figures and quotes belong to their publishers.';

function withMetadata(id: LayerId, collection: FeatureCollection, geodata: Geodata): FeatureCollection & { metadata: LayerMetadata } {
  const sources = new Map<string, LayerMetadata['sources'][number]>();
  for (const f of collection.features) for (const s of (f.properties?.sources ?? []) as LayerMetadata['sources']) sources.set(s.url, s);
  return {
    type: 'FeatureCollection',
    metadata: {
      title: LAYER_INFO[id].title,
      description: LAYER_INFO[id].description,
      asOf: id === 'refugees' ? geodata.refugees.snapshot.asOf : MAP_DATE,
      licence: DATA_LICENCE,
      sources: [...sources.values()],
    },
    features: collection.features,
  };
}

const cache = globalThis as typeof globalThis & { __layerStore?: LayerStore };

/** The layer store of this process: geodata/ is read and the layers derived on first use only. */
export function getLayerStore(): LayerStore {
  cache.__layerStore ??= buildLayerStore(loadGeodata());
  return cache.__layerStore;
}
