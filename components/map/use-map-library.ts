import { useState } from 'react';
import { afterEarlyMap } from '@/lib/map/early/early-map-state';
import { withEarlyMap } from '@/lib/map/early/adopt-early-map';
import { loadMapLibre, type MapLibreModule } from './load-maplibre';

/**
 * MapLibre for react-map-gl's `mapLib`, read once, when react-map-gl makes its map: from this
 * origin, handing over the map the early map's script drew (it waits for that script to have run,
 * so as to adopt its map rather than race it). Nothing on the server, where there is no map.
 */
export function useMapLibrary(): Promise<MapLibreModule> | undefined {
  const [mapLib] = useState(() => {
    if (typeof window === 'undefined') return undefined;
    return loadMapLibre().then(async (maplibre) => {
      await afterEarlyMap(window);
      return withEarlyMap(maplibre);
    });
  });
  return mapLib;
}
