import type * as MapLibre from 'maplibre-gl';
import { MAPLIBRE_URL, withOwnWorker } from '@/lib/map/maplibre-assets';

export type MapLibreModule = typeof MapLibre;

let loading: Promise<MapLibreModule> | undefined;

/**
 * MapLibre as a native ES module from this origin, not bundled: the page's HTML has already asked
 * for it (components/page/PageScripts.tsx), so this import usually finds it loaded. The bundler must
 * leave the import alone, hence the comments. One promise per page. Its worker is set up here too,
 * for a page whose warm-up script was blocked.
 */
export function loadMapLibre(): Promise<MapLibreModule> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_URL).then((module: MapLibreModule) => withOwnWorker(module));
  return loading;
}
