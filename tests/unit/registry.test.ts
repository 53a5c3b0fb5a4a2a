import { describe, expect, test } from 'vitest';
import { LAYERS } from '@/lib/layers/layers';
import { ALWAYS_ON_LAYER_IDS, ESSENTIAL_LAYER_IDS, LAYER_IDS, LAYER_INFO, LAYERS_IN_STORY_ORDER, TOGGLEABLE_LAYER_IDS, isLayerId, isToggleableLayerId, layerUrl } from '@/lib/layers/registry';

describe('layer registry', () => {
  test('every layer has a title and a description, and every toggle is a layer', () => {
    for (const id of LAYER_IDS) {
      expect(LAYER_INFO[id].title.en.length).toBeGreaterThan(0);
      expect(LAYER_INFO[id].description.uk.length).toBeGreaterThan(20);
    }
    for (const id of TOGGLEABLE_LAYER_IDS) expect(isLayerId(id)).toBe(true);
  });

  test('the list is in drawing order; the panel toggles the switch layers in the story’s order, and no other', () => {
    expect(LAYER_IDS).toEqual(LAYERS.map((l) => l.id));
    const orders = LAYERS_IN_STORY_ORDER.map((l) => l.storyOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    expect(TOGGLEABLE_LAYER_IDS).toEqual(LAYERS_IN_STORY_ORDER.filter((l) => l.toggle === 'switch').map((l) => l.id));
    for (const id of ALWAYS_ON_LAYER_IDS) expect(isToggleableLayerId(id)).toBe(false);
    expect(ALWAYS_ON_LAYER_IDS.length + TOGGLEABLE_LAYER_IDS.length).toBe(LAYER_IDS.length);
    // A layer the map cannot be read without is drawn always.
    for (const id of ESSENTIAL_LAYER_IDS) expect(ALWAYS_ON_LAYER_IDS).toContain(id);
  });

  test('names layer URLs under /api/layers, and only layers', () => {
    for (const id of LAYER_IDS) expect(layerUrl(id)).toBe(`/api/layers/${id}`);
    expect(isLayerId('../etc/passwd')).toBe(false);
  });
});
