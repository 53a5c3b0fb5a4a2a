import type { Map as MapLibreMap } from 'maplibre-gl';
import { finishBoot, mapBootState } from '@/lib/map/boot/map-boot-state';
import type { MapLibreModule } from './load-maplibre';
import { sourceLoadError, type LayerFetchError } from './use-layer-data';

/** The MapLibre internals react-map-gl's own map reuse (`reuseMaps`) also relies on. */
interface MovableMap {
  _container?: HTMLElement;
  _resizeObserver?: ResizeObserver;
  _loaded?: boolean;
}

/**
 * Moves the boot script's map into react-map-gl's container, as react-map-gl does when it reuses
 * a map: the map's nodes move (the WebGL context survives), its container and resize observer are
 * repointed, and `load` is replayed once react-map-gl has subscribed, if it has already happened.
 * Returns null, and removes the early map, if the internals it needs are not there.
 */
function adopt(map: MapLibreMap, container: HTMLElement): MapLibreMap | null {
  const movable = map as unknown as MovableMap;
  const early = movable._container;
  if (!early || early !== map.getContainer()) {
    map.remove();
    return null;
  }
  container.classList.add(...early.classList);
  while (early.firstChild) container.appendChild(early.firstChild);
  movable._container = container;
  movable._resizeObserver?.disconnect();
  movable._resizeObserver?.observe(container);
  early.remove();
  map.resize();
  queueMicrotask(() => {
    if (movable._loaded) map.fire('load');
    // A map that went idle before React subscribed must render once more to report it.
    map.triggerRepaint();
  });
  return map;
}

/**
 * MapLibre as react-map-gl should use it: `new Map(options)` hands over the map the boot script
 * drew, if there is one, and otherwise makes a map as usual (and tells the boot script not to).
 */
export function withEarlyMap(maplibre: MapLibreModule): MapLibreModule {
  function AdoptingMap(options: ConstructorParameters<MapLibreModule['Map']>[0]): MapLibreMap {
    const boot = mapBootState(window);
    boot.claimed = true;
    finishBoot(window, false);
    const early = boot.map;
    boot.map = null;
    const container = options.container;
    const adopted = early && container instanceof HTMLElement ? adopt(early, container) : null;
    return adopted ?? new maplibre.Map(options);
  }
  return { ...maplibre, Map: AdoptingMap as unknown as MapLibreModule['Map'] };
}

/** The early map's sources whose URL failed before React subscribed to its errors, with why. */
export function earlySourceErrors(): [string, LayerFetchError][] {
  const boot = window.__mapBoot;
  return (boot?.failed ?? []).map((id) => [id, sourceLoadError({ status: boot?.failedStatus?.[id] })]);
}
