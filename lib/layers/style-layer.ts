import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

/** A MapLibre style layer of a data layer; its source is the data layer itself, set where it is placed. */
export type DataStyleLayer =
  | Omit<FillLayerSpecification, 'source'>
  | Omit<LineLayerSpecification, 'source'>
  | Omit<CircleLayerSpecification, 'source'>;

/** A layer of day-by-day figures: which of its style layers draw one day's features, and the property that names the day. */
export interface DatedStyle {
  styleLayers: readonly string[];
  property: string;
}

/**
 * A style layer as drawn for one day: a dated style layer shows only the features of that day
 * (its filter, and the day's); the others are the same every day. The input is not mutated.
 */
export function styleLayerForDate<L extends DataStyleLayer>(layer: L, dated: DatedStyle | undefined, date: string): L {
  if (!dated?.styleLayers.includes(layer.id)) return layer;
  const day = ['==', ['get', dated.property], date];
  return { ...layer, filter: layer.filter ? ['all', layer.filter, day] : day };
}
