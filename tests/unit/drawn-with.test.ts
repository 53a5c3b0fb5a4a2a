import { describe, expect, test } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { distance } from '@turf/turf';
import { DRAWN_AT_THIS_ZOOM, isDrawnAt } from '@/lib/layers/drawn-with';
import { citiesSchema } from '@/lib/layers/cities/schema';
import { placesDrawnHere } from '@/lib/map/places-drawn-here';
import { layerLabels } from '@/lib/layers/layer-labels';
import { features, geodata, store } from '@/tests/support/layer-store';

/** A GeoJSON feature as MapLibre's filter reads it. */
const asFeature = (properties: Record<string, unknown>) => ({ type: 1, properties, geometry: [] });

describe('a place drawn with its neighbour below a zoom', () => {
  test('the style filter and isDrawnAt agree: drawn from its whole zoom on, not below, whatever the fraction', () => {
    const filter = featureFilter(DRAWN_AT_THIS_ZOOM as never, 'layers[0].filter');
    const joined = { drawnWith: 'kyiv-under-fire', drawnWithBelowZoom: 5 };
    // MapLibre evaluates a filter's zoom at the tiles' whole zoom: a map at 4.9 has tiles of zoom 4.
    for (const [mapZoom, drawn] of [[3.06, false], [4.9, false], [5, true], [5.4, true], [9, true]] as const) {
      expect(filter.filter({ zoom: Math.floor(mapZoom) }, asFeature(joined) as never), `filter at ${mapZoom}`).toBe(drawn);
      expect(isDrawnAt(joined, mapZoom), `isDrawnAt at ${mapZoom}`).toBe(drawn);
    }
    // A place with no neighbour is drawn at every zoom.
    expect(filter.filter({ zoom: 3 }, asFeature({ id: 'kharkiv' }) as never)).toBe(true);
    expect(isDrawnAt({}, 3)).toBe(true);
  });

  test('Irpin is drawn with Kyiv below zoom 5, Lysychansk with Sievierodonetsk below 7: each a few kilometres from its neighbour', () => {
    const cities = features('cities');
    const joined = cities.filter((f) => typeof f.properties.drawnWith === 'string');
    expect(joined.map((f) => [f.properties.id, f.properties.drawnWith, f.properties.drawnWithBelowZoom])).toEqual([
      ['lysychansk-under-fire', 'sievierodonetsk-under-fire', 7],
      ['irpin-under-fire', 'kyiv-under-fire', 5],
    ]);
    for (const f of joined) {
      const host = cities.find((h) => h.properties.id === f.properties.drawnWith)!;
      expect(distance(f.geometry.coordinates as number[], host.geometry.coordinates as number[]), f.properties.id).toBeLessThan(25);
    }
  });

  test('a neighbour that is not in the file, or that is itself drawn with another, fails the build, naming the town', () => {
    const records = JSON.parse(JSON.stringify(geodata.read('cities.json', citiesSchema))) as { id: string; drawnWith?: { place: string; belowZoom: number } }[];
    const irpin = records.find((c) => c.id === 'irpin-under-fire')!;
    irpin.drawnWith = { place: 'nowhere-under-fire', belowZoom: 5 };
    expect(citiesSchema.safeParse(records).error?.issues[0]?.message).toMatch(/irpin-under-fire is drawn with "nowhere-under-fire", which is not in the file/);
    irpin.drawnWith = { place: 'lysychansk-under-fire', belowZoom: 5 };
    expect(citiesSchema.safeParse(records).error?.issues[0]?.message).toMatch(/must be drawn on its own/);
    irpin.drawnWith = { place: 'kyiv-under-fire', belowZoom: 4.5 };
    expect(citiesSchema.safeParse(records).success).toBe(false);
  });

  test('the marker opened offers the places it stands for at that zoom, whichever layer names the place', () => {
    const labels = { cities: layerLabels(store.layers.cities.collection), kyiv: layerLabels(store.layers.kyiv.collection) };
    const kyiv = (store.layers.kyiv.collection.features[0]!.geometry as GeoJSON.Point).coordinates;
    const sievierodonetsk = features('cities').find((f) => f.properties.id === 'sievierodonetsk-under-fire')!.geometry.coordinates as number[];
    const ids = (found: { featureId: string }[]) => found.map((p) => p.featureId);
    // A clicked feature's coordinates come rounded to its tile's grid: the place is found by its id.
    const kyivOpened = { layerId: 'kyiv' as const, featureId: 'kyiv', anchor: [kyiv[0]! + 0.003, kyiv[1]! - 0.002] };
    // The Kyiv layer's marker stands for the cities layer's Kyiv, and so for Irpin, at a phone's zoom.
    expect(ids(placesDrawnHere(labels, { cities: true, kyiv: true }, kyivOpened, 3.1))).toEqual(['irpin-under-fire']);
    expect(placesDrawnHere(labels, { cities: true, kyiv: true }, kyivOpened, 3.1)[0]).toMatchObject({ layerId: 'cities', name: 'Irpin' });
    // From zoom 5 Irpin has its own marker.
    expect(placesDrawnHere(labels, { cities: true, kyiv: true }, kyivOpened, 5.2)).toEqual([]);
    const opened = { layerId: 'cities' as const, featureId: 'sievierodonetsk-under-fire', anchor: sievierodonetsk };
    expect(ids(placesDrawnHere(labels, { cities: true }, opened, 4.5))).toEqual(['lysychansk-under-fire']);
    // Another place offers nothing; nor does a layer switched off.
    expect(placesDrawnHere(labels, { cities: true }, { ...opened, featureId: 'kharkiv-under-fire' }, 4.5)).toEqual([]);
    expect(placesDrawnHere(labels, { cities: false, kyiv: true }, kyivOpened, 3.1)).toEqual([]);
  });
});
