import type { Position } from 'geojson';
import type { LayerId } from '@/lib/layers/registry';
import type { LayerCollection } from './use-layer-data';

/** The feature whose details are open, and where its popup points. */
export interface Selection {
  layerId: LayerId;
  featureId: string;
  anchor: Position;
}

/** Finds a feature of a layer by its id; undefined when the layer or the feature is not loaded. */
export function findFeature(collection: LayerCollection | undefined, featureId: string) {
  return collection?.features.find((f) => f.properties.id === featureId);
}
