import type * as MapLibre from 'maplibre-gl';
import { CRIMEA_HATCH_IMAGE } from '../../layers/basemap/definition';
import { pageStart } from '../../page/page-start';
import type { PageSpec } from '../../page/page-spec';
import { colorSchemeOf } from '../../page/prepaint';
import { initialStyle, mapOptions } from '../map-boot';
import { HATCH, MAP_CONTAINER_ID, hatchImage } from '../map-setup';
import { MAPLIBRE_WORKER_URL } from '../maplibre-assets';
import { announceBootRan, finishBoot, mapBootState } from './map-boot-state';

/**
 * Draws the page's map before React has loaded, with the style and layer URLs the address asks
 * for, in the scheme the reader sees: a div over the map's container, which React later adopts
 * (components/map/early-map.ts) instead of making a second map. Starts the worker in any case. If
 * React has claimed the map already, or the container has no size, it only warms MapLibre up; any
 * failure to draw (no WebGL, say) leaves `error` set and React to make the map or say why it cannot.
 */
export function bootMap(maplibre: typeof MapLibre, spec: PageSpec, win: Window = window): void {
  try {
    drawEarlyMap(maplibre, spec, win);
  } finally {
    announceBootRan(win);
  }
}

function drawEarlyMap(maplibre: typeof MapLibre, spec: PageSpec, win: Window): void {
  maplibre.setWorkerUrl(MAPLIBRE_WORKER_URL);
  const boot = mapBootState(win);
  const doc = win.document;
  let overlay: HTMLDivElement | undefined;
  try {
    const slot = doc.getElementById(MAP_CONTAINER_ID);
    if (boot.claimed || !slot || !slot.clientWidth || !slot.clientHeight) {
      maplibre.prewarm();
      finishBoot(win, false);
      return;
    }
    const start = pageStart(spec.kind, new URLSearchParams(win.location.search), spec.days);
    const scheme = colorSchemeOf(start.theme, win.matchMedia('(prefers-color-scheme: dark)').matches);
    const rect = slot.getBoundingClientRect();
    overlay = doc.createElement('div');
    overlay.style.cssText = `position:absolute;left:${rect.left + win.scrollX}px;top:${rect.top + win.scrollY}px;width:${rect.width}px;height:${rect.height}px`;
    doc.body.appendChild(overlay);
    const style = initialStyle(start.layers, scheme, start.refugeeDate, spec.locale);
    const map = new maplibre.Map({
      ...mapOptions({ view: start.view, bbox: start.bbox, cooperativeGestures: spec.kind === 'embed', locale: spec.locale }),
      container: overlay,
      style,
    });
    map.addImage(CRIMEA_HATCH_IMAGE, hatchImage(scheme), { pixelRatio: HATCH.pixelRatio });
    map.on('error', (event) => {
      const { sourceId } = event as { sourceId?: unknown };
      if (typeof sourceId !== 'string') return;
      boot.failed.push(sourceId);
      const status = (event as { error?: { status?: unknown } }).error?.status;
      if (typeof status === 'number' && status > 0) (boot.failedStatus ??= {})[sourceId] = status;
      // The map will not be complete: React says which layer failed and offers to retry.
      finishBoot(win, false);
    });
    // Drawn = every source loaded and the map idle after it: the moment a bare MapLibre page calls
    // itself ready. Not once React has taken the map: from then on, React's state says it.
    const sources = Object.keys(style.sources);
    const whenIdle = () => {
      if (boot.claimed || boot.done) map.off('idle', whenIdle);
      else if (map.loaded() && sources.every((id) => map.isSourceLoaded(id))) {
        map.off('idle', whenIdle);
        finishBoot(win, true);
      }
    };
    map.on('idle', whenIdle);
    boot.map = map;
    boot.scheme = scheme;
  } catch (error) {
    boot.error = String(error);
    overlay?.remove();
    finishBoot(win, false);
  }
}
