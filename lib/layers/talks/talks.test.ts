import { describe, expect, test } from 'vitest';
import { bboxPolygon, booleanContains, booleanPointInPolygon, distance, point, pointToPolygonDistance } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { distanceToBorder } from '@/lib/geo/border-distance';
import { areaVertices } from '@/lib/geo/area-vertices';
import { byId, country, ukrainianStore, store } from '@/tests/support/layer-store';
import { mapInWords } from '@/lib/words/map-in-words';
import { talks } from '.';

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

describe('talks in Ukrainian', () => {
  test('the nearest border’s country, and the venue’s figures in the map in words', async () => {
    const uk = await ukrainianStore();
    expect((byId('talks-round-2', uk).properties.nearestBorder as { country: string }).country).toBe('Польща');
    const entry = mapInWords(uk, 'uk').sections.flatMap((s) => s.entries).find((e) => e.featureId === 'talks-round-2')!;
    expect(entry.figures.map((f) => f.label)).toEqual(['Від Києва', 'До кордону з Україною', 'До кордону з Польщею']);
    expect(byId('talks-round-2-area', uk).properties.name).toBe('Де міг відбутися другий раунд');
  });
});

/** Whether a layer's tour step frames a feature's point. */
const framed = (bounds: BBox, id: string) => booleanContains(bboxPolygon(bounds), point((byId(id).geometry as Point).coordinates));

describe('talks’ tour step and words', () => {
  test('frames both venues, and its caption prints the figures the layer computes', () => {
    for (const id of ['talks-round-1', 'talks-round-2']) expect(framed(talks.tour!.bounds, id), id).toBe(true);
    const venue = byId('talks-round-2').properties;
    const range = (r: unknown) => `${Math.round((r as { minKm: number }).minKm)}–${Math.round((r as { maxKm: number }).maxKm)}\u00a0km`;
    const caption = talks.tour!.caption.en;
    expect(caption).toContain(`${range(venue.distanceToUkraine)} from Ukraine`);
    expect(caption).toContain(`${range(venue.nearestBorder)} from Poland`);
    expect(caption).toContain('somewhere on the Pripyat near the border');
  });

  test('the map in words gives the venue’s distances', () => {
    const entry = mapInWords(store).sections.flatMap((s) => s.entries).find((e) => e.featureId === 'talks-round-2')!;
    expect(entry.figures.map((f) => f.label)).toEqual(['From Kyiv', "To Ukraine's border", "To Poland's border"]);
  });
});
