import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the placement needs of MapLibre's map: its circle style layers and the features they drew. */
export type DrawnMarkersMap = Pick<MapLibreMap, 'getStyle' | 'getLayoutProperty' | 'queryRenderedFeatures'>;

/** A circle fainter than this is a halo round a place (a city under fire), not its marker: labels may sit on it. */
const MARKER_MIN_OPACITY = 0.5;

/**
 * A circle's half-size, radius and stroke, where it is a place's marker: a ring (a transparent fill with
 * a stroke, Kyiv's) or a fill at least half opaque; null for a faint halo. `paint` gives the circle's
 * evaluated paint properties (MapLibre's on a queried feature; the style spec's in the pictures).
 */
export function markerRadius(paint: (name: string) => unknown): number | null {
  const fillAlpha = (paint('circle-color') as { a?: number } | undefined)?.a ?? 1;
  if (fillAlpha > 0 && Number(paint('circle-opacity') ?? 1) < MARKER_MIN_OPACITY) return null;
  return Number(paint('circle-radius') ?? 5) + Number(paint('circle-stroke-width') ?? 0);
}

/**
 * Each place's marker as MapLibre drew it, by label key (`layer:feature`): the half-size of its
 * largest circle, radius and stroke, at this zoom (MapLibre gives each queried feature its evaluated
 * paint). A ring (a transparent fill with a stroke, Kyiv's) is a marker; a faint halo is not.
 */
export function drawnMarkerRadii(map: DrawnMarkersMap): Map<string, number> {
  const radii = new Map<string, number>();
  // No style (it is being set again, as after a lost WebGL context is restored): nothing drawn yet.
  const style = map.getStyle() as ReturnType<DrawnMarkersMap['getStyle']> | undefined;
  const circles = (style?.layers ?? []).filter((l) => l.type === 'circle' && map.getLayoutProperty(l.id, 'visibility') !== 'none').map((l) => l.id);
  if (circles.length === 0) return radii;
  for (const feature of map.queryRenderedFeatures({ layers: circles })) {
    const paint = (feature.layer.paint ?? {}) as Record<string, unknown>;
    const radius = markerRadius((name) => paint[name]);
    if (radius === null) continue;
    const key = `${feature.source}:${String(feature.properties?.id)}`;
    radii.set(key, Math.max(radii.get(key) ?? 0, radius));
  }
  return radii;
}
