import type * as MapLibre from 'maplibre-gl';
import { withOwnWorker } from '../maplibre-assets';

/**
 * Starts MapLibre's worker from this origin, before there is a map: MapLibre's `prewarm`, which
 * the map the page makes later takes over (one worker pool per page). A worker needs 200–700 ms
 * on this project's machines to fetch, compile and start its script; begun from the page's head
 * as soon as MapLibre has loaded, it overlaps the parsing of the page and the framework's start
 * instead of following them.
 */
export function warmMapLibre(maplibre: Pick<typeof MapLibre, 'setWorkerUrl' | 'prewarm'>): void {
  withOwnWorker(maplibre).prewarm();
}
