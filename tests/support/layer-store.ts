// The layers as the API serves them, built once per test file, with lookups by layer and feature.
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore, type LayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS, type LayerId } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/story-properties';

export type TestFeature = Feature<Point | Polygon | MultiPolygon, StoryProperties & Record<string, unknown>>;

export const geodata = loadGeodata();
export const store = await buildLayerStore(geodata);

let ukStore: Promise<LayerStore> | undefined;
/** The Ukrainian edition's store, built on first use. */
export const ukrainianStore = () => (ukStore ??= buildLayerStore(geodata, 'uk'));

/** A layer's features. */
export const features = (id: LayerId, from: LayerStore = store) => from.layers[id].collection.features as TestFeature[];

/** A feature of any layer, by id. */
export const byId = (id: string, from: LayerStore = store) => {
  const found = LAYER_IDS.flatMap((l) => features(l, from)).find((f) => f.properties.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
};

/** A country of the basemap's source, by ISO 3166-1 numeric code. */
export const country = (iso: string) => geodata.countries.features.find((c) => c.properties.iso === iso)!;
