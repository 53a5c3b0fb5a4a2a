import { describe, expect, test } from 'vitest';
import { booleanContains, bboxPolygon, point } from '@turf/turf';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { TOUR_STEPS, parseTourStep } from '@/lib/tour/tour-steps';
import { mapInWords } from '@/lib/words/map-in-words';
import { LAYER_IDS, LAYER_INFO, LAYERS_IN_STORY_ORDER } from '@/lib/layers/registry';

const geodata = loadGeodata();
const store = await buildLayerStore(geodata);

describe('tour steps', () => {
  test('one step per layer that has one, in the story’s order', () => {
    expect(TOUR_STEPS.map((s) => s.layer)).toEqual(LAYERS_IN_STORY_ORDER.filter((l) => l.tour).map((l) => l.id));
  });

  test('every step quotes the story exactly', () => {
    for (const step of TOUR_STEPS) expect(geodata.story).toContain(step.quote);
  });

  test('every step’s camera frames some of its layer’s places (each layer’s tests say which)', () => {
    for (const step of TOUR_STEPS) {
      const box = bboxPolygon(step.bounds);
      const points = store.layers[step.layer].collection.features.filter((f) => f.geometry.type === 'Point');
      if (points.length) expect(points.some((f) => booleanContains(box, point((f.geometry as { coordinates: number[] }).coordinates))), step.layer).toBe(true);
    }
  });

  test('parseTourStep reads 1–5 and rejects everything else', () => {
    expect(parseTourStep('3')).toBe(3);
    expect(parseTourStep('5')).toBe(5);
    expect(parseTourStep(['2', '4'])).toBe(2);
    for (const bad of ['0', '6', '-1', '2.5', 'x', '', null, undefined, '<script>']) expect(parseTourStep(bad)).toBeNull();
  });
});

describe('mapInWords', () => {
  const words = mapInWords(store);

  test('tells every place of the layers that have a section, with status, date and sources', () => {
    const ids = words.sections.flatMap((s) => s.entries.map((e) => e.featureId));
    for (const layer of LAYERS_IN_STORY_ORDER.filter((l) => l.words)) {
      const places = store.layers[layer.id].collection.features.filter((f) => f.geometry.type === 'Point').map((f) => String(f.properties?.id));
      expect(places.length, layer.id).toBeGreaterThan(0);
      expect(ids, layer.id).toEqual(expect.arrayContaining(places));
    }
    for (const entry of words.sections.flatMap((s) => s.entries)) {
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.sources.length).toBeGreaterThan(0);
    }
  });

  test('the refugee table has one row per country and one column per complete update, each adding up to its total', () => {
    expect(words.refugees.updates.map((u) => [u.date, u.total])).toEqual([
      ['2022-03-02', 874_026],
      ['2022-03-03', 1_002_860],
      ['2022-03-03', 1_038_583],
    ]);
    words.refugees.updates.forEach((u, i) => expect(words.refugees.rows.reduce((s, r) => s + r.counts[i]!, 0)).toBe(u.total));
    expect(words.refugees.rows[0]).toMatchObject({ country: 'Poland', counts: [453_982, 505_582, 547_982] });
    expect(words.refugees.rows.find((r) => r.onward)?.caveat).toMatch(/no arrow/);
  });

  test('the day-by-day table holds every published total in order, and says why 24 February has none', () => {
    const dates = words.refugees.climb.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('2022-02-25');
    expect(words.refugees.climb.at(-1)).toMatchObject({ date: '2022-03-03', total: 1_038_583, lastOfDay: true });
    expect(words.refugees.gaps).toEqual([{ date: '2022-02-24', note: expect.stringMatching(/several thousand/) }]);
    for (const row of words.refugees.climb) expect(row.publishers.length, row.date).toBeGreaterThan(0);
  });
});

describe('downloads', () => {
  test.each(LAYER_IDS)('%s carries its title, date, licence and sources as RFC 7946 foreign members', (id) => {
    const file = JSON.parse(store.layers[id].body) as { metadata: { title: string; licence: string; sources: { url: string }[]; asOf: string } };
    // The layers describe the story's day; the refugee figures' own dates are on each arrow.
    expect(file.metadata.asOf).toBe('2022-03-03');
    expect(file.metadata.title).toBe(LAYER_INFO[id].title.en);
    expect(file.metadata.licence).toMatch(/CC BY 4\.0/);
    const cited = new Set(store.layers[id].collection.features.flatMap((f) => (f.properties?.sources as { url: string }[]).map((s) => s.url)));
    expect(new Set(file.metadata.sources.map((s) => s.url))).toEqual(cited);
  });

  test('GET /api/refugees.csv: every complete breakdown, a row per country and a total, with publication day, cut-off, sources and licence', async () => {
    const { GET } = await import('@/app/api/refugees.csv/route');
    const response = await GET();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="ukraine-refugees-by-country-2022-03-02-to-03.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('update,published,time,arrivals_to,country,people,share_of_total,moved_on_beyond_neighbours,derived,drawn_on_map,sources,source_urls,licence');
    expect(lines).toHaveLength(1 + 3 * (8 + 1));
    expect(lines).toContain(lines.find((l) => l.startsWith('unhcr-2022-03-03-b,2022-03-03,by 08:30 GMT,2022-03-02,Poland,547982,0.5276,no,,yes,')));
    // The first update of 3 March has no cut-off: no source states one.
    expect(lines.find((l) => l.startsWith('unhcr-2022-03-03-a,2022-03-03,by 07:47 GMT,,Hungary,139686,'))).toMatch(/,no,Telex/);
    expect(lines.find((l) => l.startsWith('unhcr-2022-03-02-b,') && l.includes(',Other European countries,69600,'))).toMatch(/,yes,,no,The National;/);
    expect(lines.find((l) => l.startsWith('unhcr-2022-03-02-b,') && l.includes(',Hungary,116348,'))).toMatch(/what remains of 874,026/);
    // A carrier's copy names the outlet whose story it is, and the carrier.
    expect(lines.find((l) => l.startsWith('unhcr-2022-03-03-b,') && l.includes(',Poland,'))).toContain('AFP (in RTBF)');
    expect(lines.filter((l) => l.includes(',Total,')).map((l) => l.split(',')[5])).toEqual(['874026', '1002860', '1038583']);
  });

  test('GET /api/refugees/daily.csv: every published total with its cut-off, the gap on 24 February first', async () => {
    const { GET } = await import('@/app/api/refugees/daily.csv/route');
    const lines = (await (await GET()).text()).trim().split('\r\n');
    expect(lines[0]).toBe('published,time,people,qualifier,arrivals_to,cutoff,last_of_day,sources,source_urls,licence');
    expect(lines[1]).toMatch(/^2022-02-24,,,,,"?No count/);
    expect(lines.at(-1)).toMatch(/^2022-03-03,by 08:30 GMT,1038583,,2022-03-02,/);
  });
});
