import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, booleanValid, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { ISO_UKRAINE, REGION_BBOX } from '@/lib/config';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS } from '@/lib/layers/registry';
import type { StoryProperties } from '@/lib/layers/source';

const geodata = loadGeodata();
const store = buildLayerStore(geodata);
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
  test('round 2 in Białowieża is not on the Ukrainian border: far from Ukraine, a few km from Poland', () => {
    const round2 = byId('talks-round-2').properties;
    expect(round2.date).toBe('2022-03-03');
    expect(round2.quote).toBe('The talks are happening in Belarus on the Ukrainian border.');
    expect(round2.distanceToUkraineKm as number).toBeGreaterThan(60);
    expect(round2.distanceToUkraineKm as number).toBeLessThan(120);
    expect(round2.nearestBorder).toEqual({ country: 'Poland', distanceKm: expect.any(Number) });
    expect((round2.nearestBorder as { distanceKm: number }).distanceKm).toBeLessThan(15);
  });

  test('round 1 in the Gomel region lies in Belarus close to Ukraine', () => {
    const round1 = byId('talks-round-1');
    expect(booleanPointInPolygon((round1.geometry as Point).coordinates, country('112'))).toBe(true);
    expect(round1.properties.distanceToUkraineKm as number).toBeLessThan(30);
    expect(round1.properties.positionAccuracy).toBe('approximate');
  });

  test('distances from Kyiv are great-circle kilometres', () => {
    expect(byId('talks-round-2').properties.distanceFromKyivKm as number).toBeCloseTo(
      distance([30.5234, 50.4501], [23.8, 52.57], { units: 'kilometers' }),
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

describe('refugees', () => {
  const flows = () => features('refugees').filter((f) => f.properties.kind === 'refugee-flow');

  test('one arrow per receiving country, adding up to the snapshot total, largest first', () => {
    const counts = flows().map((f) => f.properties.count as number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(store.refugees.total);
    expect(store.refugees.total).toBeGreaterThan(1_000_000);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(flows().map((f) => f.properties.country)).toEqual(
      expect.arrayContaining(['Poland', 'Hungary', 'Moldova', 'Slovakia', 'Romania', 'Russia', 'Belarus']),
    );
  });

  test('arrow widths are proportional to the counts, apart from the flagged minimum', () => {
    const poland = byId('flow-poland').properties;
    const hungary = byId('flow-hungary').properties;
    expect((hungary.widthKm as number) / (poland.widthKm as number)).toBeCloseTo((hungary.count as number) / (poland.count as number), 2);
    expect(byId('flow-belarus').properties.widthClamped).toBe(true);
    expect(poland.widthClamped).toBe(false);
  });

  test('each neighbour’s arrow starts inside Ukraine and ends inside that country', () => {
    for (const flow of geodata.refugees.flows.filter((f) => !f.onward)) {
      expect(booleanPointInPolygon(flow.from, ukraine), flow.id).toBe(true);
      expect(booleanPointInPolygon(flow.to, country(flow.iso!)), flow.id).toBe(true);
    }
  });

  test('every border crossing lies within 5 km of Ukraine’s border as drawn', () => {
    const crossings = features('refugees').filter((f) => f.properties.kind === 'border-crossing');
    expect(crossings.length).toBe(13);
    for (const c of crossings) expect(c.properties.distanceToBorderKm as number, c.properties.id).toBeLessThan(5);
  });

  test('the summary gives the total, its date and the later update honestly', () => {
    expect(store.refugees).toMatchObject({ total: 1_002_860, asOf: '2022-03-03', laterTotal: 1_038_583 });
    expect(store.refugees.notes.join(' ')).toMatch(/counted in two countries/);
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
    expect(byId('flow-moldova').properties.labelAnchor).toBe('top');
  });
});
