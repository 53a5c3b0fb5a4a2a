import { describe, expect, test } from 'vitest';
import { LAYERS } from '@/lib/layers/layers';
import { LAYER_IDS, LAYER_INFO, LAYERS_IN_STORY_ORDER, layerUrl } from '@/lib/layers/registry';
import { mapInWords } from '@/lib/words/map-in-words';
import { store as en, ukrainianStore } from '@/tests/support/layer-store';

/** The properties a layer's style reads with ['get', key]. */
const styleKeys = (layerId: string) => [
  ...new Set(JSON.stringify(LAYERS.find((l) => l.id === layerId)?.style ?? []).match(/\["get","[A-Za-z]+"\]/g)?.map((g) => g.slice(8, -2)) ?? []),
];

const uk = await ukrainianStore();

describe('every layer in the Ukrainian edition', () => {
  test.each(LAYER_IDS)('%s: the same features, geometry and figures as the English; only the words differ', (id) => {
    const a = en.layers[id].collection.features;
    const b = uk.layers[id].collection.features;
    expect(b.map((f) => f.properties?.id)).toEqual(a.map((f) => f.properties?.id));
    expect(b.map((f) => f.geometry)).toEqual(a.map((f) => f.geometry));
    for (const [i, f] of a.entries()) {
      // And every property the map's style reads: a translated one would match none of the style's codes
      // (the Ukrainian ports were drawn white when the style read the translated `status`).
      for (const key of ['count', 'share', 'distanceFromKyivKm', 'widthKm', 'date', 'kind', ...styleKeys(id)]) expect(b[i]!.properties?.[key], `${id} ${key}`).toEqual(f.properties?.[key]);
    }
  });

  test.each(LAYER_IDS)('%s: every story quote kept in English, with its translation beside it', (id) => {
    for (const [i, f] of en.layers[id].collection.features.entries()) {
      const ukrainian = uk.layers[id].collection.features[i]!.properties!;
      expect(ukrainian.quote).toBe(f.properties?.quote);
      if (f.properties?.quote) expect(String(ukrainian.quoteTranslation), String(f.properties.id)).toMatch(/[а-яіїєґ]{4}/);
      expect(f.properties?.quoteTranslation).toBeUndefined();
    }
  });

  test.each(LAYER_IDS)('%s: its file says so: Ukrainian title and licence, its own URL and validator; the English file is unchanged', (id) => {
    const metadata = (uk.layers[id].collection as unknown as { metadata: { title: string; licence: string } }).metadata;
    expect(metadata.title).toBe(LAYER_INFO[id].title.uk);
    expect(metadata.licence).toMatch(/^Добірка\u00a0— CC BY 4\.0/);
    expect(uk.index.find((l) => l.id === id)!.url).toBe(layerUrl(id, 'uk'));
    expect(layerUrl(id, 'uk')).toBe(`/api/uk/layers/${id}`);
    expect(en.index.find((l) => l.id === id)!.url).toBe(`/api/layers/${id}`);
    expect(uk.layers[id].etag).not.toBe(en.layers[id].etag);
  });
});

describe('the map in words in Ukrainian', () => {
  test('its sections are the point layers’ own titles in Ukrainian, in the story’s order; its table’s notes too', () => {
    const words = mapInWords(uk, 'uk');
    expect(words.sections.map((s) => s.title)).toEqual(LAYERS_IN_STORY_ORDER.flatMap((l) => (l.words ? [l.words.title.uk] : [])));
    expect(words.refugees.gaps[0]!.note).toMatch(/^Даних немає/);
  });
});
