import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PALETTE, PALETTE_DARK } from '@/lib/config';
import { cssPaletteValues } from '@/lib/map/css-palette';
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

describe('one palette for the map and the page', () => {
  const css = readFileSync(join(process.cwd(), 'app', 'globals.css'), 'utf8');
  /** The custom properties declared in the first rule whose selector is exactly `selector`. */
  const declared = (selector: string): Record<string, string> => {
    const start = css.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim().toLowerCase()]));
  };

  test('each colour custom property equals its map colour, in both schemes', () => {
    for (const [selector, scheme] of [[':root', 'light'], [':root[data-scheme="dark"]', 'dark']] as const) {
      const vars = declared(selector);
      for (const [name, value] of Object.entries(cssPaletteValues(scheme))) expect(vars[name], `${scheme} ${name}`).toBe(value);
    }
  });

  test('the dark map draws the ports and the talks in the dark palette, as the page does', () => {
    const dark = JSON.stringify([DARK_PAINT_OVERRIDES['ports-point'], DARK_PAINT_OVERRIDES['ports-ring-seized'], DARK_PAINT_OVERRIDES['talks-point']]);
    expect(dark).toContain(PALETTE_DARK.portSeized);
    expect(dark).toContain(PALETTE_DARK.talks);
    expect(dark).not.toContain(PALETTE.portSeized);
    expect(dark).not.toContain(PALETTE.talks);
  });
});
