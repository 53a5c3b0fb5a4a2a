import { describe, expect, test } from 'vitest';
import { booleanContains, bboxPolygon, point } from '@turf/turf';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { TOUR_STEPS, parseTourStep } from '@/lib/tour/tour-steps';
import { mapInWords } from '@/lib/words/map-in-words';

const geodata = loadGeodata();
const store = buildLayerStore(geodata);

describe('tour steps', () => {
  test('four steps in the story’s order: Kyiv, the venue, the ports, the refugees', () => {
    expect(TOUR_STEPS.map((s) => s.layer)).toEqual(['kyiv', 'talks', 'ports', 'refugees']);
  });

  test('every step quotes the story exactly', () => {
    for (const step of TOUR_STEPS) expect(geodata.story).toContain(step.quote);
  });

  test('every step’s camera frames the features of its layer', () => {
    const framed: Record<string, string[]> = { kyiv: ['kyiv'], talks: ['talks-round-1', 'talks-round-2'], ports: ['kherson', 'mariupol'], refugees: [] };
    for (const step of TOUR_STEPS) {
      const box = bboxPolygon(step.bounds);
      for (const id of framed[step.layer]!) {
        const f = store.layers[step.layer].collection.features.find((x) => x.properties?.id === id)!;
        expect(booleanContains(box, point((f.geometry as { coordinates: number[] }).coordinates)), id).toBe(true);
      }
    }
  });

  test('parseTourStep reads 1–4 and rejects everything else', () => {
    expect(parseTourStep('3')).toBe(3);
    expect(parseTourStep(['2', '4'])).toBe(2);
    for (const bad of ['0', '5', '-1', '2.5', 'x', '', null, undefined, '<script>']) expect(parseTourStep(bad)).toBeNull();
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

  test('the refugee table has one row per country, adding up to the total', () => {
    expect(words.refugees.rows.reduce((s, r) => s + r.count, 0)).toBe(words.refugees.total);
    expect(words.refugees.rows[0]).toMatchObject({ country: 'Poland', count: 505582 });
    expect(words.refugees.asOf).toBe('2022-03-03');
  });
});

describe('downloads', () => {
  test('each layer carries its title, date, licence and sources as RFC 7946 foreign members', () => {
    const ports = JSON.parse(store.layers.ports.body) as { metadata: { licence: string; sources: { url: string }[]; asOf: string } };
    expect(ports.metadata.asOf).toBe('2022-03-03');
    expect(ports.metadata.licence).toMatch(/CC BY 4\.0/);
    expect(ports.metadata.sources.map((s) => s.url)).toEqual(expect.arrayContaining([expect.stringMatching(/iolaregister/)]));
  });

  test('GET /api/refugees.csv: one row per country and a total, with source and licence', async () => {
    const { GET } = await import('@/app/api/refugees.csv/route');
    const response = GET();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="ukraine-refugees-2022-03-03.csv"');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('country,people,share_of_total,later_update_3_march,moved_on_beyond_neighbours,as_of,snapshot,source,licence');
    expect(lines).toHaveLength(1 + 8 + 1);
    expect(lines[1]).toMatch(/^Poland,505582,0\.5041,547982,no,2022-03-03,UNHCR update of the morning of 3 March 2022,https:\/\/data\.unhcr\.org/);
    expect(lines.at(-1)).toMatch(/^Total,1002860,1\.0000,/);
  });
});

describe('tour captions', () => {
  test('the figures the captions print are the ones the layers compute', () => {
    const venue = store.layers.talks.collection.features.find((f) => f.properties?.id === 'talks-round-2')!.properties!;
    const round1 = store.layers.talks.collection.features.find((f) => f.properties?.id === 'talks-round-1')!.properties!;
    const caption = TOUR_STEPS[1]!.caption;
    expect(caption).toContain(`about ${Math.round(venue.distanceToUkraineKm as number)} km from Ukraine`);
    expect(caption).toContain(`${Math.round((venue.nearestBorder as { distanceKm: number }).distanceKm)} km from Poland`);
    expect(caption).toContain(`about ${Math.round(round1.distanceToUkraineKm as number)} km from Ukraine`);
    expect(TOUR_STEPS[3]!.caption).toContain(store.refugees.total.toLocaleString('en-GB'));
  });
});
