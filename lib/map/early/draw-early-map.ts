import type * as MapLibre from 'maplibre-gl';
import { pageStart } from '../../page/page-start';
import type { PageSpec } from '../../page/page-spec';
import { colorSchemeOf } from '../../page/prepaint';
import { withOwnWorker } from '../maplibre-assets';
import { MAP_CONTAINER_ID, initialStyle, mapOptions } from '../map-options';
import { sourcesDrawn } from '../map-readiness';
import { addPatternImages } from '../pattern-images';
import { sourceFailure } from '../source-failure';
import { announceEarlyMapRan, earlyMapState, finishEarlyMap } from './early-map-state';

/**
 * Draws the page's map before React has loaded, with the style and layer URLs the address asks
 * for, in the scheme the reader sees: a div over the map's container, which React later adopts
 * (./adopt-early-map.ts) instead of making a second map. Starts the worker in any case. If React
 * has claimed the map already, or the container has no size, it only warms MapLibre up; any
 * failure to draw (no WebGL, say) leaves `error` set and React to make the map or say why it cannot.
 * Every decision about the map (options, style, patterns, failures, readiness) is the same
 * module's that React asks.
 */
export function drawEarlyMap(maplibre: typeof MapLibre, spec: PageSpec, win: Window = window): void {
  try {
    draw(withOwnWorker(maplibre), spec, win);
  } finally {
    announceEarlyMapRan(win);
  }
}

function draw(maplibre: typeof MapLibre, spec: PageSpec, win: Window): void {
  const state = earlyMapState(win);
  const doc = win.document;
  let overlay: HTMLDivElement | undefined;
  try {
    const slot = doc.getElementById(MAP_CONTAINER_ID);
    if (state.claimed || !slot || !slot.clientWidth || !slot.clientHeight) {
      maplibre.prewarm();
      finishEarlyMap(win, false);
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
    addPatternImages(map, scheme);
    map.once('load', () => {
      state.loaded = true;
    });
    map.on('error', (event) => {
      const failure = sourceFailure(event);
      if (!failure) return;
      state.failed.push(failure.sourceId);
      if (failure.status) (state.failedStatus ??= {})[failure.sourceId] = failure.status;
      // The map will not be complete: React says which layer failed and offers to retry.
      finishEarlyMap(win, false);
    });
    // Drawn = every source loaded and the map idle after it. Not once React has taken the map:
    // from then on, React's state says it.
    const sources = Object.keys(style.sources);
    const whenIdle = () => {
      if (state.claimed || state.done) map.off('idle', whenIdle);
      else if (sourcesDrawn(map, sources)) {
        map.off('idle', whenIdle);
        finishEarlyMap(win, true);
      }
    };
    map.on('idle', whenIdle);
    state.map = map;
    state.scheme = scheme;
  } catch (error) {
    state.error = String(error);
    overlay?.remove();
    finishEarlyMap(win, false);
  }
}
