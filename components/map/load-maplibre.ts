import type * as MapLibre from 'maplibre-gl';
import { MAPLIBRE_URL, MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';

export type MapLibreModule = typeof MapLibre;

let loading: Promise<MapLibreModule> | undefined;

/**
 * MapLibre as a native ES module from this origin, not bundled: the server HTML has already asked
 * for it (MapBoot, components/page/PageScripts.tsx), so this import usually finds it loaded. The bundler must leave the import
 * alone, hence the comments. One promise per page.
 */
export function loadMapLibre(): Promise<MapLibreModule> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_URL).then((module: MapLibreModule) => {
    // The boot script sets this too; setting it here keeps the map working if that script was
    // blocked (a page without it, an extension), at the cost of a later worker start.
    module.setWorkerUrl(MAPLIBRE_WORKER_URL);
    return module;
  });
  return loading;
}
