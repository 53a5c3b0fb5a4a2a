import { describe, expect, test } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { LABEL_PROPERTY_KEYS, layerLabels } from '@/lib/layers/layer-labels';
import { getLayerStore } from '@/lib/layers/layer-store';
import { LAYERS } from '@/lib/layers/layers';

const collection = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('layerLabels', () => {
  test('a point is labelled at its point, a feature with a labelPosition at that position; other shapes not at all', () => {
    const labels = layerLabels(
      collection([
        { type: 'Feature', geometry: { type: 'Point', coordinates: [32.6, 46.6] }, properties: { id: 'kherson', name: 'Kherson', kind: 'port', priority: 'primary', sources: [{ url: 'x' }], quote: 'q' } },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [[[24, 50], [22, 50], [23, 51], [24, 50]]] },
          properties: { id: 'flow-poland', name: 'To Poland', kind: 'refugee-flow', labelPosition: [22.5, 50.4], labelAnchor: 'right', count: 547982, country: 'Poland', snapshotDate: '2022-03-03', widthClamped: false },
        },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[24, 50], [22, 50], [23, 51], [24, 50]]] }, properties: { id: 'talks-area', name: 'Area', kind: 'talks-area' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [30, 50] }, properties: { name: 'no id' } },
      ]),
    );
    expect(labels).toEqual({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [32.6, 46.6] }, properties: { id: 'kherson', name: 'Kherson', kind: 'port', priority: 'primary' } },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [22.5, 50.4] },
          properties: { id: 'flow-poland', name: 'To Poland', kind: 'refugee-flow', labelAnchor: 'right', count: 547982, country: 'Poland', snapshotDate: '2022-03-03', widthClamped: false },
        },
      ],
    });
  });

  test('a labelPosition that is not a position is ignored: the feature falls back to its point, or gets no label', () => {
    const labels = layerLabels(
      collection([
        { type: 'Feature', geometry: { type: 'Point', coordinates: [30, 50] }, properties: { id: 'a', name: 'A', kind: 'x', labelPosition: ['x', 1] } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[30, 50], [31, 50]] }, properties: { id: 'b', name: 'B', kind: 'x', labelPosition: [Number.NaN, 1] } },
      ]),
    );
    expect(labels.features.map((f) => [f.properties.id, f.geometry.coordinates])).toEqual([['a', [30, 50]]]);
  });

  test('the served layers: every labelled feature of every layer, with no key beyond the label’s', async () => {
    const { layers } = await getLayerStore('en');
    for (const layer of Object.values(layers)) {
      const ids = layer.collection.features.map((f) => f.properties?.id);
      for (const label of layer.labels.collection.features) {
        expect(ids).toContain(label.properties.id);
        expect(Object.keys(label.properties).every((key) => (LABEL_PROPERTY_KEYS as readonly string[]).includes(key))).toBe(true);
      }
      const points = layer.collection.features.filter((f) => f.geometry.type === 'Point' || f.properties?.labelPosition);
      expect(layer.labels.collection.features).toHaveLength(points.length);
    }
    // What the page labels is there: every labelled layer's places, every figure label's features.
    for (const layer of LAYERS) {
      const labelled = layers[layer.id].labels.collection.features;
      if (layer.labels) expect(labelled.length, layer.id).toBeGreaterThan(0);
      if ('figureLabels' in layer && layer.figureLabels) expect(labelled.filter((f) => f.properties.kind === layer.figureLabels!.kind).length, layer.id).toBeGreaterThan(0);
    }
  });
});
