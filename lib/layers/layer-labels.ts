import type { Feature, FeatureCollection, Point, Position } from 'geojson';

/**
 * What the page needs of a feature to label it: its name or count, where the label goes and how it
 * is ranked. Everything else (sources, quotes, figures, geometry) stays in the layer, which only
 * MapLibre's worker reads, and which the page reads when a feature's details are opened.
 */
export const LABEL_PROPERTY_KEYS = [
  'id',
  'name',
  'label',
  'kind',
  'priority',
  'sharedWith',
  'labelAnchor',
  'snapshotDate',
  'country',
  'count',
  'widthClamped',
  'drawnWith',
  'drawnWithBelowZoom',
] as const;

/** A label's properties: the keys above that the feature has. */
export type LabelProperties = { id: string; name: string; kind: string } & Partial<
  Record<(typeof LABEL_PROPERTY_KEYS)[number], unknown>
>;

/** A layer's labels: one point per labelled feature, at its label's anchor. */
export type LabelCollection = FeatureCollection<Point, LabelProperties>;

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * A layer's labels: every point feature, at its point, and every feature with a `labelPosition`
 * (the refugee arrows), at that position. Lines and areas without one get no label.
 *
 * @example layerLabels({ type: 'FeatureCollection', features: [kherson] }).features[0].properties
 * // => { id: 'kherson', name: 'Kherson', kind: 'port', priority: 'primary' }
 */
export function layerLabels(collection: FeatureCollection): LabelCollection {
  const features: Feature<Point, LabelProperties>[] = [];
  for (const feature of collection.features) {
    const p = feature.properties ?? {};
    const at = isPosition(p.labelPosition)
      ? p.labelPosition
      : feature.geometry?.type === 'Point'
        ? feature.geometry.coordinates
        : null;
    if (!at || typeof p.id !== 'string') continue;
    const properties = Object.fromEntries(LABEL_PROPERTY_KEYS.filter((key) => p[key] !== undefined).map((key) => [key, p[key]]));
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: properties as LabelProperties });
  }
  return { type: 'FeatureCollection', features };
}
