import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PALETTE, PALETTE_DARK } from '@/lib/config';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { LAYERS } from '@/lib/layers/layers';

// The one list of layers (lib/layers/layers.ts) drives everything else, so a layer that lacks a piece
// its kind needs must fail here, naming the layer and the piece, not later in a browser.

const geodata = loadGeodata();
const built = new Map(await Promise.all(LAYERS.map(async (layer) => [layer.id, (await layer.loadBuilder())(geodata)] as const)));

/** Light colours whose dark scheme differs: a style layer painting with one needs a dark override. */
const DARK_DIFFERS = new Map(
  Object.entries(PALETTE_DARK as Record<string, string>)
    .map(([key, dark]) => [PALETTE[key as keyof typeof PALETTE] as string, key, dark] as const)
    .filter(([light, , dark]) => light !== dark)
    .map(([light, key]) => [light, key]),
);

describe.each(LAYERS.map((layer) => [layer.id, layer] as const))('layer module %s', (id, layer) => {
  test('has a title, a description and a builder that makes features from geodata/', () => {
    for (const locale of ['en', 'uk'] as const) {
      expect(layer.title[locale], `${id}: title in ${locale}`).not.toBe('');
      expect(layer.description[locale].length, `${id}: description in ${locale}`).toBeGreaterThan(20);
    }
    expect(built.get(id)!.features.length, `${id}: the builder made no feature`).toBeGreaterThan(0);
  });

  test('its style layers are named after it, and what is clickable or themed is one of them', () => {
    const styleIds = layer.style.map((s) => s.id);
    expect(styleIds.length, `${id}: no style layer`).toBeGreaterThan(0);
    for (const styleId of styleIds) expect(styleId.startsWith(`${id}-`), `${id}: style layer ${styleId} must start with "${id}-"`).toBe(true);
    for (const clickable of layer.clickable) expect(styleIds, `${id}: clickable ${clickable} is not a style layer`).toContain(clickable);
    for (const themed of Object.keys(layer.darkPaint)) expect(styleIds, `${id}: darkPaint for ${themed}, not a style layer`).toContain(themed);
  });

  test('every palette colour with a dark variant has a dark paint', () => {
    for (const style of layer.style) {
      for (const [property, value] of Object.entries(style.paint ?? {})) {
        const colours = JSON.stringify(value).match(/#[0-9a-f]{6}/gi) ?? [];
        const needsDark = colours.find((c) => DARK_DIFFERS.has(c));
        if (needsDark) {
          expect(layer.darkPaint[style.id]?.[property], `${id}: ${style.id} paints ${property} in ${DARK_DIFFERS.get(needsDark)}, which differs in the dark scheme: add it to darkPaint`).toBeDefined();
        }
      }
    }
  });

  test('a switch has a symbol; a point layer has labels and a section of the map in words; a key line is in the image too', () => {
    if (layer.toggle === 'switch') expect(layer.swatch, `${id}: a switch layer needs a swatch`).toBeDefined();
    const points = built.get(id)!.features.every((f) => f.geometry.type === 'Point');
    if (points) {
      expect(layer.labels, `${id}: a point layer needs labels`).toBeDefined();
      expect(layer.words, `${id}: a point layer needs a section of the map in words`).toBeDefined();
    }
    if (layer.legend.length > 0) expect(layer.imageKey, `${id}: it has a key on screen, so the saved image needs its key line (imageKey)`).toBeDefined();
  });

  test('its tour step quotes the story exactly', () => {
    if (layer.tour) expect(geodata.story, `${id}: the tour quote is not the story's words`).toContain(layer.tour.quote);
  });
});

describe('the list of layers', () => {
  test('style layer ids and story positions are unique across layers', () => {
    const styleIds = LAYERS.flatMap((layer) => layer.style.map((s) => s.id));
    expect(new Set(styleIds).size).toBe(styleIds.length);
    const orders = LAYERS.map((layer) => layer.storyOrder);
    expect(new Set(orders).size, 'two layers share a storyOrder').toBe(orders.length);
  });

  test('every folder of lib/layers/ with an entry module is on the list, under its own id', () => {
    const dir = join(process.cwd(), 'lib/layers');
    const folders = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
    for (const folder of folders) {
      expect(LAYERS.map((layer) => layer.id), `lib/layers/${folder}/ is not on the list in lib/layers/layers.ts`).toContain(folder);
    }
  });
});
