import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { features, byId, ukrainianStore } from '@/tests/support/layer-store';


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

describe('basemap in Ukrainian', () => {
  test('Crimea as a Ukrainian desk writes it; the countries by their Ukrainian names', async () => {
    const uk = await ukrainianStore();
    expect(byId('crimea', uk).properties.name).toBe('Крим: тимчасово окупований Росією з 2014\u00a0року');
    expect(byId('country-804', uk).properties.name).toBe('Україна');
  });
});
