import { preload } from 'react-dom';
import { layerUrl, type ToggleableLayerId } from './registry';

/**
 * Asks the browser, from the server-rendered HTML, to fetch the layers the map will draw, so that
 * they arrive while the JavaScript loads instead of after it (the fetch waterfall). The hints match
 * SWR's later fetch (same URL, CORS mode, same-origin credentials), which then reuses them.
 */
export function preloadLayers(enabled: readonly ToggleableLayerId[]): void {
  for (const id of ['basemap', 'coast', ...enabled] as const) {
    preload(layerUrl(id), { as: 'fetch', crossOrigin: 'anonymous' });
  }
}
