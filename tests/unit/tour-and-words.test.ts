import { describe, expect, test } from 'vitest';
import { booleanContains, bboxPolygon, point } from '@turf/turf';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { TOUR_STEPS, parseTourStep } from '@/lib/tour/tour-steps';
import { mapInWords } from '@/lib/words/map-in-words';

const geodata = loadGeodata();
const store = await buildLayerStore(geodata);

describe('tour steps', () => {
  test('five steps in the story’s order: Kyiv, the venue, the shelled cities of the agenda, the ports, the refugees', () => {
    expect(TOUR_STEPS.map((s) => s.layer)).toEqual(['kyiv', 'talks', 'cities', 'ports', 'refugees']);
  });

  test('every step quotes the story exactly', () => {
    for (const step of TOUR_STEPS) expect(geodata.story).toContain(step.quote);
  });

  test('every step’s camera frames the features of its layer', () => {
    const framed: Record<string, string[]> = {
      kyiv: ['kyiv'],
      talks: ['talks-round-1', 'talks-round-2'],
      cities: store.layers.cities.collection.features.map((f) => String(f.properties?.id)),
      ports: ['kherson', 'mariupol'],
      refugees: [],
    };
    for (const step of TOUR_STEPS) {
      const box = bboxPolygon(step.bounds);
      for (const id of framed[step.layer]!) {
        const f = store.layers[step.layer].collection.features.find((x) => x.properties?.id === id)!;
        expect(booleanContains(box, point((f.geometry as { coordinates: number[] }).coordinates)), id).toBe(true);
      }
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

  test('tells every place of Kyiv, the talks, the ports and the context, with status, date and sources', () => {
    const ids = words.sections.flatMap((s) => s.entries.map((e) => e.featureId));
    expect(ids).toEqual(expect.arrayContaining(['kyiv', 'talks-round-2', 'talks-round-1', 'kherson', 'mariupol', 'moscow', 'minsk']));
    for (const entry of words.sections.flatMap((s) => s.entries)) {
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.sources.length).toBeGreaterThan(0);
    }
    const venue = words.sections.find((s) => s.layerId === 'talks')!.entries.find((e) => e.featureId === 'talks-round-2')!;
    expect(venue.figures.map((f) => f.label)).toEqual(['From Kyiv', "To Ukraine's border", "To Poland's border"]);
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
  test('each layer carries its title, date, licence and sources as RFC 7946 foreign members', () => {
    const ports = JSON.parse(store.layers.ports.body) as { metadata: { licence: string; sources: { url: string }[]; asOf: string } };
    // The layers describe the story's day; the refugee figures' own dates are on each arrow.
    expect(ports.metadata.asOf).toBe('2022-03-03');
    expect(ports.metadata.licence).toMatch(/CC BY 4\.0/);
    expect(ports.metadata.sources.map((s) => s.url)).toEqual(expect.arrayContaining([expect.stringMatching(/iolaregister/)]));
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

describe('tour captions', () => {
  test('the figures the captions print are the ones the layers compute', () => {
    const venue = store.layers.talks.collection.features.find((f) => f.properties?.id === 'talks-round-2')!.properties!;
    const round1 = store.layers.talks.collection.features.find((f) => f.properties?.id === 'talks-round-1')!.properties!;
    const caption = TOUR_STEPS[1]!.caption.en;
    const range = (r: unknown) => `${Math.round((r as { minKm: number }).minKm)}–${Math.round((r as { maxKm: number }).maxKm)}\u00a0km`;
    expect(caption).toContain(`${range(venue.distanceToUkraine)} from Ukraine`);
    expect(caption).toContain(`${range(venue.nearestBorder)} from Poland`);
    expect(caption).toContain('somewhere on the Pripyat near the border');
    expect(round1.positionAccuracy).toBe('approximate');
    const story = store.refugees.snapshots.find((s) => s.date === store.refugees.defaultDate)!;
    const refugees = TOUR_STEPS.find((s) => s.layer === 'refugees')!.caption.en;
    expect(refugees).toContain(story.total.toLocaleString('en-GB'));
    expect(refugees).toContain('By the end of 2\u00a0March');
  });

  test('every city the cities step names is on the layer', () => {
    const caption = TOUR_STEPS.find((s) => s.layer === 'cities')!.caption.en;
    const names = store.layers.cities.collection.features.map((f) => String(f.properties?.name));
    const named = names.filter((n) => caption.includes(n));
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const word of caption.match(/\b[A-Z][a-z]+(?:iv|upol|omyr|akha|kiv)\b/g) ?? []) expect(names, word).toContain(word);
  });
});
