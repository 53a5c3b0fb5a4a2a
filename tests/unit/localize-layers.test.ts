import { describe, expect, test } from 'vitest';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS, layerUrl } from '@/lib/layers/registry';
import { mapInWords } from '@/lib/words/map-in-words';

import { LAYERS } from '@/lib/layers/layers';

/** The properties a layer's style reads with ['get', key]. */
const styleKeys = (layerId: string) => [
  ...new Set(JSON.stringify(LAYERS.find((l) => l.id === layerId)?.style ?? []).match(/\["get","[A-Za-z]+"\]/g)?.map((g) => g.slice(8, -2)) ?? []),
];

const geodata = loadGeodata();
const en = await buildLayerStore(geodata, 'en');
const uk = await buildLayerStore(geodata, 'uk');
const props = (store: typeof en, id: string) =>
  LAYER_IDS.flatMap((l) => store.layers[l].collection.features).find((f) => f.properties?.id === id)!.properties as Record<string, unknown>;

describe('the Ukrainian edition’s layers', () => {
  test('the same features, geometry and figures as the English; only the words differ', () => {
    expect(styleKeys('ports')).toEqual(expect.arrayContaining(['kind', 'statusCode']));
    for (const id of LAYER_IDS) {
      const a = en.layers[id].collection.features;
      const b = uk.layers[id].collection.features;
      expect(b.map((f) => f.properties?.id), id).toEqual(a.map((f) => f.properties?.id));
      expect(b.map((f) => f.geometry), id).toEqual(a.map((f) => f.geometry));
      for (const [i, f] of a.entries()) {
        // And every property the map's style reads: a translated one would match none of the style's codes
        // (the Ukrainian ports were drawn white when the style read the translated `status`).
        for (const key of ['count', 'share', 'distanceFromKyivKm', 'widthKm', 'date', 'kind', ...styleKeys(id)]) expect(b[i]!.properties?.[key], `${id} ${key}`).toEqual(f.properties?.[key]);
      }
    }
  });

  test('names, statuses, summaries and reports in Ukrainian; the story’s English quote kept, with its translation', () => {
    expect(props(uk, 'kyiv')).toMatchObject({ name: 'Київ', quote: props(en, 'kyiv').quote });
    expect(String(props(uk, 'kyiv').quoteTranslation)).toMatch(/^Розпочався другий раунд переговорів/);
    // Every story quote has its translation: places, the coast, the arrows.
    for (const id of ['coast-sea-of-azov', 'flow-poland-2022-03-03', 'talks-round-2-area', 'moscow']) {
      expect(props(uk, id).quote, id).toBe(props(en, id).quote);
      expect(String(props(uk, id).quoteTranslation), id).toMatch(/[а-яіїєґ]{4}/);
    }
    expect(props(en, 'kyiv').quoteTranslation).toBeUndefined();
    expect(props(uk, 'kherson').name).toBe('Херсон');
    expect(props(uk, 'mariupol').status).toBe('в облозі');
    expect(props(uk, 'chernihiv-under-fire').name).toBe('Чернігів');
    expect((props(uk, 'chernihiv-under-fire').reports as { text: string }[])[1]!.text).toMatch(/тіла 33 людей/);
    expect(props(uk, 'flow-poland-2022-03-03')).toMatchObject({ name: 'До Польщі', country: 'Польща' });
    expect(String(props(uk, 'flow-poland-2022-03-03').summary)).toContain('547\u00a0982');
    expect(props(uk, 'crimea').name).toBe('Крим: тимчасово окупований Росією з 2014\u00a0року');
    expect(props(uk, 'crossing-medyka').name).toBe('Шегині\u00a0— Медика');
    expect((props(uk, 'talks-round-2').nearestBorder as { country: string }).country).toBe('Польща');
  });

  test('its files say so: Ukrainian titles and licence, and their own URLs; English ones are unchanged', () => {
    const metadata = (uk.layers.cities.collection as unknown as { metadata: { title: string; licence: string } }).metadata;
    expect(metadata.title).toBe('Міста під обстрілами');
    expect(metadata.licence).toMatch(/^Добірка\u00a0— CC BY 4\.0/);
    expect(uk.index.find((l) => l.id === 'cities')!.url).toBe(layerUrl('cities', 'uk'));
    expect(layerUrl('cities', 'uk')).toBe('/api/uk/layers/cities');
    expect(en.index.find((l) => l.id === 'cities')!.url).toBe('/api/layers/cities');
    expect(uk.layers.cities.etag).not.toBe(en.layers.cities.etag);
  });

  test('the map in words in Ukrainian: section titles, figures’ labels, tables’ countries and notes', () => {
    const words = mapInWords(uk, 'uk');
    expect(words.sections.map((s) => s.title)).toEqual(['Київ', 'Переговори в Білорусі', 'Міста під обстрілами', 'Порти', 'Контекст']);
    expect(words.sections[1]!.entries.find((e) => e.featureId === 'talks-round-2')!.figures.map((f) => f.label)).toEqual(['Від Києва', 'До кордону з Україною', 'До кордону з Польщею']);
    expect(words.refugees.rows.map((r) => r.country)).toContain('Польща');
    expect(words.refugees.gaps[0]!.note).toMatch(/^Даних немає/);
    expect(words.sections[2]!.entries.find((e) => e.featureId === 'mariupol-under-fire')!.notes[0]).toMatch(/^Жертви\. /);
  });
});
