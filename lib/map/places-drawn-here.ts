import type { Position } from 'geojson';
import { isDrawnAt } from '../layers/drawn-with';
import type { LabelCollection } from '../layers/layer-labels';
import type { LayerId } from '../layers/registry';

/** A place that another marker stands for at the map's zoom, as a popup offers it. */
export interface PlaceDrawnHere {
  layerId: LayerId;
  featureId: string;
  name: string;
  anchor: Position;
}

/** Two positions that are one place: the same coordinates, to a few centimetres. */
const samePlace = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) < 1e-6 && Math.abs(a[1]! - b[1]!) < 1e-6;

/**
 * The places of the layers switched on that are drawn with a neighbour at this zoom (lib/layers/drawn-with.ts)
 * where that neighbour is the place opened: the marker the reader opened stands for them too, so its details
 * offer them (Irpin in Kyiv's, Lysychansk in Sievierodonetsk's). The neighbour may be named by another layer at
 * the same place (the Kyiv layer's marker stands for the cities layer's Kyiv). The place opened is found by its
 * layer and id (a clicked feature's coordinates come rounded to its tile's grid); `anchor` where it has no label.
 * Empty where nothing is drawn with it.
 *
 * @example placesDrawnHere({ cities, kyiv }, { cities: true, kyiv: true }, { layerId: 'kyiv', featureId: 'kyiv', anchor }, 4) // => [{ featureId: 'irpin-under-fire', … }]
 */
export function placesDrawnHere(
  labels: Partial<Record<LayerId, LabelCollection>>,
  visible: Partial<Record<LayerId, boolean>>,
  opened: { layerId: LayerId; featureId: string; anchor: Position },
  zoom: number,
): PlaceDrawnHere[] {
  const anchor = labels[opened.layerId]?.features.find((f) => f.properties.id === opened.featureId)?.geometry.coordinates ?? opened.anchor;
  const here: PlaceDrawnHere[] = [];
  for (const [layerId, collection] of Object.entries(labels) as [LayerId, LabelCollection | undefined][]) {
    if (!visible[layerId] || !collection) continue;
    for (const feature of collection.features) {
      const p = feature.properties;
      if (typeof p.drawnWith !== 'string' || isDrawnAt(p, zoom)) continue;
      const host = collection.features.find((f) => f.properties.id === p.drawnWith);
      if (!host || !samePlace(host.geometry.coordinates, anchor)) continue;
      here.push({ layerId, featureId: p.id, name: p.name, anchor: feature.geometry.coordinates });
    }
  }
  return here;
}
