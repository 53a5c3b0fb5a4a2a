import type * as MapLibre from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { earlyMapState, finishEarlyMap } from './early-map-state';

type MapLibreModule = typeof MapLibre;

/**
 * The MapLibre internals the adoption reads and writes, as react-map-gl's own map reuse
 * (`reuseMaps`) does: the map's container and its resize observer. Not MapLibre's API: a MapLibre
 * upgrade may rename them, so each is checked before the map is adopted (tests/unit/adopt-early-map.test.ts,
 * and the end-to-end test that React draws on the early map's canvas). Whether the map has loaded
 * is not read from MapLibre (its `_loaded` is not even set until then): the early map's script heard
 * the `load` event itself.
 */
const INTERNALS = ['_container', '_resizeObserver'] as const;

interface MapInternals {
  _container: HTMLElement;
  _resizeObserver: Pick<ResizeObserver, 'observe' | 'disconnect'>;
}

/** The internals a map lacks, or has in a form the adoption does not expect: none for a map that can be adopted. */
export function missingInternals(map: MapLibreMap): string[] {
  const m = map as unknown as Record<(typeof INTERNALS)[number], unknown>;
  const observer = m._resizeObserver as Partial<ResizeObserver> | undefined;
  const ok: Record<(typeof INTERNALS)[number], boolean> = {
    _container: typeof m._container === 'object' && m._container !== null && m._container === map.getContainer(),
    _resizeObserver: typeof observer?.observe === 'function' && typeof observer.disconnect === 'function',
  };
  return INTERNALS.filter((name) => !ok[name]);
}

/**
 * Moves the early map into react-map-gl's container, as react-map-gl does when it reuses a map: the
 * map's nodes move (the WebGL context survives), its container and resize observer are repointed,
 * and `load` is replayed once react-map-gl has subscribed, if it has already happened.
 */
function adopt(map: MapLibreMap, container: HTMLElement, loaded: boolean): MapLibreMap {
  const internals = map as unknown as MapInternals;
  const early = internals._container;
  container.classList.add(...early.classList);
  while (early.firstChild) container.appendChild(early.firstChild);
  internals._container = container;
  internals._resizeObserver.disconnect();
  internals._resizeObserver.observe(container);
  early.remove();
  map.resize();
  queueMicrotask(() => {
    if (loaded) map.fire('load');
    // A map that went idle before React subscribed must render once more to report it.
    map.triggerRepaint();
  });
  return map;
}

/**
 * MapLibre as react-map-gl should use it: `new Map(options)` hands over the map the early map's
 * script drew, if there is one and it can be adopted, and otherwise makes a map as usual (and tells
 * that script not to draw one). A map that cannot be adopted is removed, and the console says why.
 */
export function withEarlyMap(maplibre: MapLibreModule, win: Window = window): MapLibreModule {
  function AdoptingMap(options: ConstructorParameters<MapLibreModule['Map']>[0]): MapLibreMap {
    const state = earlyMapState(win);
    state.claimed = true;
    finishEarlyMap(win, false);
    const early = state.map;
    state.map = null;
    const container = options.container;
    if (early && typeof container === 'object') {
      const missing = missingInternals(early);
      if (!missing.length) return adopt(early, container, state.loaded === true);
      const overlay = early.getContainer();
      early.remove();
      overlay.remove();
      console.warn(`The map drawn before React could not be adopted: MapLibre ${maplibre.getVersion?.() ?? ''} has no ${missing.join(', ')} as this page expects (lib/map/early/adopt-early-map.ts). A new map is made instead.`);
    }
    return new maplibre.Map(options);
  }
  return { ...maplibre, Map: AdoptingMap as unknown as MapLibreModule['Map'] };
}
