import { headers } from 'next/headers';
import { preloadModule } from 'react-dom';
import { maplibreBootScript, MAPLIBRE_URL } from '@/lib/map/maplibre-assets';

/**
 * Server component for the map pages: a modulepreload hint for MapLibre in the head, and a module
 * script (carrying the request's CSP nonce) that evaluates MapLibre and starts its worker before
 * React has loaded. Without it the map cannot begin until the framework's chunks have run
 * (measured: MapLibre's request started about 500 ms later than on a bare MapLibre page).
 */
export async function MapLibreBoot() {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  preloadModule(MAPLIBRE_URL, { as: 'script', nonce });
  return <script type="module" async nonce={nonce} dangerouslySetInnerHTML={{ __html: maplibreBootScript() }} />;
}
