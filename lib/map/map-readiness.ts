import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map has drawn these sources: each is on the map and loaded, and the map has loaded. The
 * moment a bare MapLibre page calls itself ready; asked on `idle`, by the early map and by React.
 */
export function sourcesDrawn(map: Pick<MapLibreMap, 'loaded' | 'getSource' | 'isSourceLoaded'>, sourceIds: readonly string[]): boolean {
  return map.loaded() && sourceIds.every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id));
}
