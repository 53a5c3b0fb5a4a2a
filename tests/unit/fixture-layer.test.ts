import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import type { LayerModule } from '@/lib/layers/layer-module';

// A layer is its data, its folder and one line in the list (README, "How to add a layer"). This test
// adds a layer that is not on the list, a point layer of its own words and features, and checks that
// everything derived from the list takes it up: the API, the early map's style, the panel, the key,
// the map in words, both editions and the static edition; and that a missing Ukrainian text fails.

const ID = 'fixture-wells';

vi.mock('@/lib/layers/layers', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/layers/layers')>();
  const { defineLayer } = await import('@/lib/layers/layer-module');
  const fixture = defineLayer({
    id: 'fixture-wells',
    title: { en: 'Wells', uk: 'Криниці' },
    description: { en: 'A layer made for this test only: two wells.', uk: 'Шар лише для цієї перевірки: дві криниці.' },
    toggle: 'switch',
    storyOrder: 99,
    loadBuilder: async () => (geodata) => ({
      type: 'FeatureCollection',
      features: [
        { id: 'fixture-well-north', name: 'North well', lon: 30.6 },
        { id: 'fixture-well-south', name: 'South well', lon: 30.4 },
      ].map(({ id, name, lon }) => ({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [lon, 50.4] },
        properties: { id, name, kind: 'well', date: '2022-03-03', summary: `${name}: a well drawn by the fixture layer.`, sources: geodata.sources(['story'], 'fixture') },
      })),
    }),
    style: [{ id: 'fixture-wells-point', type: 'circle', paint: { 'circle-color': '#123456', 'circle-radius': 4 } }],
    darkPaint: {},
    clickable: ['fixture-wells-point'],
    swatch: { shape: 'dot', colour: 'capital' },
    legend: [{ symbol: { shape: 'dot', colour: 'capital' }, text: { en: 'A well of the fixture', uk: 'Криниця з перевірки' } }],
    labels: { colour: null },
    words: { title: { en: 'Wells of the fixture', uk: 'Криниці з перевірки' } },
  } satisfies LayerModule);
  return { LAYERS: [...original.LAYERS, fixture] };
});

const { loadGeodata } = await import('@/lib/geodata/load-geodata');
const { buildLayerStore } = await import('@/lib/layers/layer-store');
const { readFeatureTranslations } = await import('@/lib/i18n/feature-translations');
const { LAYER_IDS, TOGGLEABLE_LAYER_IDS } = await import('@/lib/layers/registry');
const { initialStyle } = await import('@/lib/map/map-options');
const { pageDataOf } = await import('@/lib/page/edition-page-data');
const { PageRoot } = await import('@/components/page/PageDocument');
const { MapApp } = await import('@/components/map/MapApp');
const { layerAnswerPaths } = await import('@/lib/publish/layer-answers');
const { editionFile } = await import('@/lib/publish/static-edition');

const geodata = loadGeodata();
/** The Ukrainian text of the fixture's features, as geodata/translations/uk.json would hold it. */
const fixtureUk = { 'fixture-well-north': { name: 'Північна криниця', summary: 'Північна криниця, яку малює шар перевірки.' }, 'fixture-well-south': { name: 'Південна криниця', summary: 'Південна криниця, яку малює шар перевірки.' } };
const withFixtureUk = () => {
  const tr = readFeatureTranslations('uk');
  return { ...tr, features: { ...tr.features, ...fixtureUk } };
};
const en = await buildLayerStore(geodata, 'en');
const uk = await buildLayerStore(geodata, 'uk', withFixtureUk());
type AnyId = (typeof LAYER_IDS)[number];
const id = ID as AnyId;

describe('a layer added to the list', () => {
  test('is a switch of its own, and the API serves it with its index entry', () => {
    expect(LAYER_IDS).toContain(ID);
    expect(TOGGLEABLE_LAYER_IDS.at(-1)).toBe(ID);
    expect(en.index.find((l) => l.id === id)).toMatchObject({ title: 'Wells', featureCount: 2, url: `/api/layers/${ID}` });
    expect(en.layers[id].collection.features.map((f) => f.properties?.name)).toEqual(['North well', 'South well']);
    expect(en.layers[id].labels.collection.features).toHaveLength(2);
  });

  test('is on the early map’s style when the address asks for it, and only then', () => {
    const style = initialStyle([id as never], 'light', '2022-03-03');
    expect(style.sources[ID]).toEqual({ type: 'geojson', data: `/api/layers/${ID}`, promoteId: 'id' });
    expect(style.layers.map((l) => l.id)).toContain('fixture-wells-point');
    expect(initialStyle([], 'light', '2022-03-03').sources[ID]).toBeUndefined();
  });

  test.each([
    ['en', en, ['Wells', 'A layer made for this test only', 'A well of the fixture', 'Wells of the fixture', 'North well', 'South well']],
    ['uk', uk, ['Криниці', 'Шар лише для цієї перевірки', 'Криниця з перевірки', 'Криниці з перевірки', 'Північна криниця', 'Південна криниця']],
  ] as const)('the %s page shows it: its switch, its key line, its section of the map in words with its features', (locale, store, texts) => {
    const html = renderToString(createElement(PageRoot, { app: MapApp, locale, data: pageDataOf(store, locale) }));
    for (const text of texts) expect(html, text).toContain(text);
  });

  test('the Ukrainian edition serves its features in Ukrainian, with their own URL', () => {
    expect(uk.layers[id].collection.features.map((f) => f.properties?.name)).toEqual(['Північна криниця', 'Південна криниця']);
    expect(uk.index.find((l) => l.id === id)).toMatchObject({ title: 'Криниці', url: `/api/uk/layers/${ID}` });
  });

  test('a feature without its Ukrainian text fails the Ukrainian edition’s build, naming the feature and the text', async () => {
    const tr = withFixtureUk();
    delete (tr.features as Record<string, unknown>)['fixture-well-south'];
    await expect(buildLayerStore(geodata, 'uk', tr)).rejects.toThrow(/the fixture-wells layer has no uk text for fixture-well-south\.name, fixture-well-south\.summary/);
  });

  test('the static edition holds its GeoJSON and labels in both languages', () => {
    const paths = layerAnswerPaths();
    for (const path of [`/api/layers/${ID}`, `/api/uk/layers/${ID}`, `/api/labels/${ID}`, `/api/uk/labels/${ID}`]) {
      expect(paths).toContain(path);
      expect(editionFile(path)).toBe(path.slice(1));
    }
  });
});
