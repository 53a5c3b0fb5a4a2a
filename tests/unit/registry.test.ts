import { describe, expect, test } from 'vitest';
import { LAYER_IDS, LAYER_INFO, TOGGLEABLE_LAYER_IDS, isLayerId, isToggleableLayerId, layerUrl } from '@/lib/layers/registry';

describe('layer registry', () => {
  test('every layer has a title and a description, and every toggle is a layer', () => {
    for (const id of LAYER_IDS) {
      expect(LAYER_INFO[id].title.en.length).toBeGreaterThan(0);
      expect(LAYER_INFO[id].description.uk.length).toBeGreaterThan(20);
    }
    for (const id of TOGGLEABLE_LAYER_IDS) expect(isLayerId(id)).toBe(true);
  });

  test('the panel toggles Kyiv, Talks, Cities under fire, Ports, Refugees and Context, in the story’s order', () => {
    expect(TOGGLEABLE_LAYER_IDS).toEqual(['kyiv', 'talks', 'cities', 'ports', 'refugees', 'context']);
    expect(isToggleableLayerId('basemap')).toBe(false);
  });

  test('names layer URLs under /api/layers', () => {
    expect(layerUrl('ports')).toBe('/api/layers/ports');
    expect(isLayerId('../etc/passwd')).toBe(false);
  });
});
