import { describe, expect, test } from 'vitest';
import { booleanValid } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { REGION_BBOX } from '@/lib/config';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/story-properties';

const geodata = loadGeodata();
const store = await buildLayerStore(geodata);
const features = (id: (typeof LAYER_IDS)[number]) =>
  store.layers[id].collection.features as Feature<Point | Polygon | MultiPolygon, StoryProperties & Record<string, unknown>>[];

describe('every layer', () => {
  test.each(LAYER_IDS)('%s: features carry id, name, kind, ISO date, summary and sources with URLs', (id) => {
    expect(features(id).length).toBeGreaterThan(0);
    for (const f of features(id)) {
      const p = f.properties;
      expect(p.id, id).toMatch(/^[a-z0-9-]+$/);
      expect(f.id).toBe(p.id);
      expect(p.name.length).toBeGreaterThan(2);
      expect(p.kind.length).toBeGreaterThan(2);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.summary.length).toBeGreaterThan(20);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.url).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  test.each(LAYER_IDS)('%s: every quote is the story’s exact words', (id) => {
    for (const f of features(id)) if (f.properties.quote) expect(geodata.story).toContain(f.properties.quote);
  });

  test.each(LAYER_IDS)('%s: geometries are valid and inside the region', (id) => {
    for (const f of features(id)) {
      // Each polygon on its own: simple-features parts may touch at a point (the Scheldt does, in
      // Natural Earth at 3 decimals), which turf's stricter booleanValid rejects for a MultiPolygon.
      const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c })) : [f.geometry];
      for (const part of parts) expect(booleanValid(part), f.properties.id).toBe(true);
      const [w, s, e, n] = REGION_BBOX;
      const [fw, fs, fe, fn] = store.index.find((l) => l.id === id)!.bbox;
      expect(fw >= w && fs >= s && fe <= e && fn <= n).toBe(true);
    }
  });

  test('feature ids are unique across layers', () => {
    const ids = LAYER_IDS.flatMap(features).map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the index lists every layer with its count, extent, date and URL', () => {
    expect(store.index.map((l) => l.id)).toEqual([...LAYER_IDS]);
    for (const entry of store.index) {
      expect(entry.featureCount).toBe(store.layers[entry.id].collection.features.length);
      expect(entry.url).toBe(`/api/layers/${entry.id}`);
      expect(entry.asOf).toBe('2022-03-03');
    }
  });
});
