import { describe, expect, test } from 'vitest';
import { PALETTE_DARK } from '@/lib/config';
import { DARK_PAINT_OVERRIDES, paintFor, themedLayer } from '@/lib/map/themes';
import { LAYER_IDS } from '@/lib/layers/registry';
import { styleLayerIds } from '@/lib/map/style-layers';

describe('themes', () => {
  test('the light scheme keeps a layer’s paint as it is', () => {
    const paint = { 'line-color': '#000' };
    expect(paintFor('coast-line', paint, 'light')).toBe(paint);
  });

  test('the dark scheme overrides the basemap and coast colours', () => {
    expect(paintFor('coast-line', { 'line-color': '#000', 'line-width': 2 }, 'dark')).toEqual({
      'line-color': PALETTE_DARK.coast,
      'line-width': 2,
    });
  });

  test('every override names a style layer that exists', () => {
    const ids = new Set(['background', ...LAYER_IDS.flatMap(styleLayerIds)]);
    for (const id of Object.keys(DARK_PAINT_OVERRIDES)) expect(ids.has(id), id).toBe(true);
  });

  test('themedLayer does not mutate the layer', () => {
    const layer = Object.freeze({ id: 'coast-line', type: 'line', paint: Object.freeze({ 'line-color': '#000' }) });
    const themed = themedLayer(layer, 'dark');
    expect(themed.paint).not.toBe(layer.paint);
    expect(layer.paint['line-color']).toBe('#000');
  });
});
