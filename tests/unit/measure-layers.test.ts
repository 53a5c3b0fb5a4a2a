import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { measureGeoJson } from '@/lib/map/measure-geojson';
import { MEASURE_SOURCE_ID, measureLayers } from '@/lib/map/measure-layers';
import { distanceKm } from '@/lib/geo/distance-km';

describe('the measure tool as data', () => {
  it('has a line and its points, valid MapLibre style layers in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const layers = measureLayers(scheme).map((layer) => ({ ...layer, source: MEASURE_SOURCE_ID }));
      const style = { version: 8 as const, sources: { [MEASURE_SOURCE_ID]: { type: 'geojson' as const, data: measureGeoJson([]) } }, layers };
      expect(validateStyleMin(style), scheme).toEqual([]);
      expect(layers.map((l) => l.id)).toEqual(['measure-line', 'measure-points']);
    }
    expect(JSON.stringify(measureLayers('dark'))).toContain('#f2f2f2');
  });

  it('draws the points, and the great circle between two of them', () => {
    expect(measureGeoJson([]).features).toEqual([]);
    expect(measureGeoJson([[30.5, 50.45]]).features.map((f) => f.geometry.type)).toEqual(['Point']);
    const kyivMoscow = measureGeoJson([[30.52, 50.45], [37.62, 55.75]]);
    expect(kyivMoscow.features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'LineString']);
    const line = kyivMoscow.features[2]!.geometry as GeoJSON.LineString;
    expect(line.coordinates).toHaveLength(64);
    expect(line.coordinates[0]).toEqual([30.52, 50.45]);
    // Its midpoint lies between the two cities, on the way, not off to one side.
    const mid = line.coordinates[32]!;
    expect(distanceKm([30.52, 50.45], mid) + distanceKm(mid, [37.62, 55.75])).toBeCloseTo(distanceKm([30.52, 50.45], [37.62, 55.75]), -1);
  });
});
