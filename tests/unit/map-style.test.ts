import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_IDS } from '@/lib/layers/registry';
import { BASE_STYLE, slotLayerId } from '@/lib/map/base-style';
import { STYLE_LAYERS, INTERACTIVE_LAYER_IDS, styleLayerIds } from '@/lib/map/style-layers';

describe('map style', () => {
  test('the base style and every data layer pass the MapLibre style-spec validator', () => {
    const style = {
      ...BASE_STYLE,
      sources: Object.fromEntries(LAYER_IDS.map((id) => [id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }])),
      layers: [
        ...BASE_STYLE.layers,
        ...LAYER_IDS.flatMap((id) => STYLE_LAYERS[id].map((layer) => ({ ...layer, source: id }))),
      ],
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  test('asks no other host for anything: no glyphs, sprite or tiles', () => {
    expect(BASE_STYLE).not.toHaveProperty('glyphs');
    expect(BASE_STYLE).not.toHaveProperty('sprite');
    expect(JSON.stringify(BASE_STYLE)).not.toMatch(/https?:/);
  });

  test('keeps one invisible slot per data layer, in drawing order', () => {
    const slots = BASE_STYLE.layers.filter((l) => l.id.startsWith('slot-')).map((l) => l.id);
    expect(slots).toEqual(LAYER_IDS.map(slotLayerId));
  });

  test('style layer ids are unique and every interactive id is a style layer of its layer', () => {
    const all = LAYER_IDS.flatMap(styleLayerIds);
    expect(new Set(all).size).toBe(all.length);
    for (const id of LAYER_IDS) for (const interactive of INTERACTIVE_LAYER_IDS[id]) expect(styleLayerIds(id)).toContain(interactive);
  });
});
