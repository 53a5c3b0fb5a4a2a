import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon, multiPolygon, polygon } from '@turf/turf';
import { reassignCrimea, type CountryFeature } from '@/lib/geo/reassign-crimea';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { CRIMEA_PROBE, ISO_RUSSIA, ISO_UKRAINE } from '@/lib/config';

// A toy world: "from" owns a mainland square and a peninsula touching "to"'s square.
const to = polygon([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]], { iso: 'T', name: 'To' }) as CountryFeature;
const from = multiPolygon(
  [
    [[[20, 0], [30, 0], [30, 10], [20, 10], [20, 0]]],
    [[[4, -5], [8, -5], [8, 0], [4, 0], [4, -5]]],
  ],
  { iso: 'F', name: 'From' },
) as CountryFeature;

describe('reassignCrimea', () => {
  test('moves the part containing the probe from one country to the other', () => {
    const { countries, crimea } = reassignCrimea([to, from], { fromIso: 'F', toIso: 'T', probe: [6, -2] });
    const newTo = countries.find((c) => c.properties.iso === 'T')!;
    const newFrom = countries.find((c) => c.properties.iso === 'F')!;
    expect(booleanPointInPolygon([6, -2], newTo)).toBe(true);
    expect(booleanPointInPolygon([6, -2], newFrom)).toBe(false);
    expect(booleanPointInPolygon([25, 5], newFrom)).toBe(true);
    expect(crimea.geometry.coordinates[0]).toEqual(from.geometry.coordinates[1]![0]);
  });

  test('merges the part into one outline, without the shared edge', () => {
    const { countries } = reassignCrimea([to, from], { fromIso: 'F', toIso: 'T', probe: [6, -2] });
    expect(countries.find((c) => c.properties.iso === 'T')!.geometry.type).toBe('Polygon');
  });

  test('does not mutate its input', () => {
    const before = JSON.stringify([to, from]);
    reassignCrimea([to, from], { fromIso: 'F', toIso: 'T', probe: [6, -2] });
    expect(JSON.stringify([to, from])).toBe(before);
  });

  test('says which country is missing, or that no part contains the probe', () => {
    expect(() => reassignCrimea([to], { fromIso: 'F', toIso: 'T', probe: [6, -2] })).toThrow('country F is missing');
    expect(() => reassignCrimea([to, from], { fromIso: 'F', toIso: 'T', probe: [50, 50] })).toThrow(
      'no polygon of country F contains [50, 50]',
    );
  });

  test('the built basemap draws Crimea and Sevastopol inside Ukraine and outside Russia', () => {
    const { countries } = loadGeodata();
    const ukraine = countries.features.find((c) => c.properties.iso === ISO_UKRAINE)!;
    const russia = countries.features.find((c) => c.properties.iso === ISO_RUSSIA)!;
    const sevastopol = [33.52, 44.6];
    for (const place of [CRIMEA_PROBE, sevastopol, [34.1, 44.95]]) {
      expect(booleanPointInPolygon(place, ukraine)).toBe(true);
      expect(booleanPointInPolygon(place, russia)).toBe(false);
    }
    // Russia keeps its own territory.
    expect(booleanPointInPolygon([37.6173, 55.7558], russia)).toBe(true);
  });
});
