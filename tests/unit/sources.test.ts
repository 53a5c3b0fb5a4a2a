import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sourcesSchema } from '@/lib/geodata/schema';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS } from '@/lib/layers/registry';
import type { Source } from '@/lib/geodata/source';

const sources = sourcesSchema.parse(JSON.parse(readFileSync('geodata/sources.json', 'utf8')));
const store = await buildLayerStore(loadGeodata());

/** Every source the map shows a reader: on a feature of a served layer, or on a figure of the daily series. */
function citedUrls(): Set<string> {
  const cited = new Set<string>();
  const add = (list: readonly Source[]) => list.forEach((s) => cited.add(s.url));
  for (const id of LAYER_IDS) for (const f of store.layers[id].collection.features) add((f.properties?.sources ?? []) as Source[]);
  const { series, breakdowns, gaps } = store.series;
  for (const e of [...series, ...breakdowns, ...gaps]) add(e.sources);
  for (const b of breakdowns) for (const c of b.countries) add(c.sources);
  return cited;
}

const LAST_DAY = '2022-03-04'; // the story's day and the day after: later sources must say why they are cited

describe('geodata/sources.json', () => {
  test('every source is cited by some feature or figure', () => {
    const cited = citedUrls();
    const uncited = sources.filter((s) => !cited.has(s.url)).map((s) => s.id);
    expect(uncited).toEqual([]);
  });

  test('every cited source exists in sources.json', () => {
    const known = new Set(sources.map((s) => s.url));
    expect([...citedUrls()].filter((url) => !known.has(url))).toEqual([]);
  });

  test(`every source is dated no later than ${LAST_DAY}, unless it is marked as a later one and says why`, () => {
    const late = sources.filter((s) => s.date > LAST_DAY && !s.later).map((s) => `${s.id} (${s.date})`);
    expect(late).toEqual([]);
  });

  test('ids and URLs are unique', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
  });

  test('no aggregator or repost the research desk flagged is cited', () => {
    for (const host of ['playcrazygame', 'theusarticles', 'portlandbitterend', 'panafricannews', 'rua.gr', 'republicworld']) {
      expect(sources.filter((s) => s.url.includes(host)).map((s) => s.id), host).toEqual([]);
    }
  });
});
