import { describe, expect, test } from 'vitest';
import { drawnMarkerRadii, markerRadius, type DrawnMarkersMap } from '@/lib/map/drawn-markers';

type Drawn = { layer: string; source: string; id: string; paint: Record<string, unknown> };

/** A map that drew the given circles, with MapLibre's evaluated paint on each queried feature. */
function fakeMap(drawn: Drawn[], hidden: string[] = []): DrawnMarkersMap {
  const layers = [...new Set(drawn.map((d) => d.layer)), 'a-fill'].map((id) => ({ id, type: id === 'a-fill' ? 'fill' : 'circle', source: 's' }));
  const map = {
    getStyle: () => ({ version: 8, sources: {}, layers }),
    getLayoutProperty: (id: string) => (hidden.includes(id) ? 'none' : 'visible'),
    queryRenderedFeatures: (options: { layers: string[] }) =>
      drawn.filter((d) => options.layers.includes(d.layer)).map((d) => ({ source: d.source, properties: { id: d.id }, layer: { id: d.layer, paint: d.paint } })),
  };
  return map as unknown as DrawnMarkersMap;
}

const solid = { r: 1, g: 1, b: 1, a: 1 };
const clear = { r: 0, g: 0, b: 0, a: 0 };

describe('drawnMarkerRadii', () => {
  test('a marker is its largest circle, radius and stroke, keyed by layer and feature', () => {
    const radii = drawnMarkerRadii(
      fakeMap([
        { layer: 'kyiv-point', source: 'kyiv', id: 'kyiv', paint: { 'circle-radius': 5, 'circle-stroke-width': 1, 'circle-color': solid } },
        { layer: 'kyiv-ring', source: 'kyiv', id: 'kyiv', paint: { 'circle-radius': 10, 'circle-stroke-width': 1.5, 'circle-color': clear } },
        { layer: 'talks-point', source: 'talks', id: 'round-2', paint: { 'circle-radius': 7, 'circle-color': solid } },
      ]),
    );
    expect(Object.fromEntries(radii)).toEqual({ 'kyiv:kyiv': 11.5, 'talks:round-2': 7 });
  });

  test('a faint halo is not a marker; a hidden layer draws nothing', () => {
    const radii = drawnMarkerRadii(
      fakeMap(
        [
          { layer: 'cities-halo', source: 'cities', id: 'sumy', paint: { 'circle-radius': 11, 'circle-stroke-width': 1, 'circle-color': solid, 'circle-opacity': 0.16 } },
          { layer: 'cities-point', source: 'cities', id: 'sumy', paint: { 'circle-radius': 4, 'circle-stroke-width': 1.5, 'circle-color': solid } },
          { layer: 'ports-point', source: 'ports', id: 'odesa', paint: { 'circle-radius': 4.5, 'circle-color': solid } },
        ],
        ['ports-point'],
      ),
    );
    expect(Object.fromEntries(radii)).toEqual({ 'cities:sumy': 5.5 });
  });

  test('a map without its style (being set again after a lost context) has drawn nothing, and says so without throwing', () => {
    const map = { getStyle: () => undefined, getLayoutProperty: () => 'visible', queryRenderedFeatures: () => [] } as unknown as DrawnMarkersMap;
    expect(drawnMarkerRadii(map).size).toBe(0);
  });

  test('markerRadius: a ring or a solid circle is a marker of its radius and stroke; a faint halo is none', () => {
    const paint = (values: Record<string, unknown>) => (name: string) => values[name];
    expect(markerRadius(paint({ 'circle-radius': 10, 'circle-stroke-width': 1.5, 'circle-color': clear, 'circle-opacity': 0.1 }))).toBe(11.5);
    expect(markerRadius(paint({ 'circle-radius': 4, 'circle-color': solid }))).toBe(4);
    expect(markerRadius(paint({ 'circle-radius': 11, 'circle-color': solid, 'circle-opacity': 0.16 }))).toBeNull();
  });
});
