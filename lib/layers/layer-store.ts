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
  const layers = Object.fromEntries(
    LAYER_IDS.map((id) => {
      const collection = BUILDERS[id](geodata);
      const body = JSON.stringify(collection);
      const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
      return [id, { id, collection, body, etag }];
    }),
  ) as Record<LayerId, ServedLayer>;
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

const cache = globalThis as typeof globalThis & { __layerStore?: LayerStore };

/** The layer store of this process: geodata/ is read and the layers derived on first use only. */
export function getLayerStore(): LayerStore {
  cache.__layerStore ??= buildLayerStore(loadGeodata());
  return cache.__layerStore;
}
