import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { distanceToBorder } from '@/lib/geo/border-distance';
import { areaVertices } from '@/lib/geo/area-vertices';
import { byId, country } from '@/tests/support/layer-store';

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
