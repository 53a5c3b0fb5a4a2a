import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the boot script (lib/map/boot/boot-map.ts) leaves for React (components/map/early-map.ts). */
export interface MapBootState {
  /** The map it drew before React, until React takes it. */
  map: MapLibreMap | null;
  /** Set by React when it makes its map: the boot script must not draw a second one. */
  claimed: boolean;
  error: string | null;
  /** The colour scheme it drew in. */
  scheme?: 'light' | 'dark';
  /** Sources of the early map whose URL failed to load, by id (reported by its `error` events). */
  failed: string[];
  /** The HTTP status of a failed source's answer, by id, where the server answered. */
  failedStatus?: Record<string, number>;
  /**
   * The boot script is done: it drew the map with every source loaded (`drawn`), or it will not
   * (no container, no WebGL, a source failed, React took over).
   */
  done?: boolean;
  /** Every source of the early map loaded and the map idle: what the reader sees is complete. */
  drawn?: boolean;
  /** The boot script has run (drawn its map, or decided not to): React may make or adopt the map. */
  ran?: boolean;
}

/** Fired on window when the boot script has run (see {@link MapBootState.ran}). */
export const MAP_BOOT_RAN_EVENT = 'mapbootran';

/** Marks the boot script as run (see {@link MapBootState.ran}) and says so. */
export function announceBootRan(win: Window): void {
  mapBootState(win).ran = true;
  win.dispatchEvent(new Event(MAP_BOOT_RAN_EVENT));
}

/** How long React waits for the boot script once MapLibre is loaded (the script needs nothing else, so it is blocked if it has not run by then). */
export const BOOT_SCRIPT_WAIT_MS = 500;

/**
 * Resolves once the boot script has run, so that React adopts its map rather than racing it (the
 * embed's client code can be ready before the boot script, which waits for MapLibre); or after
 * `waitMs`, for a page whose boot script was blocked.
 */
export function afterBootScript(win: Window, waitMs = BOOT_SCRIPT_WAIT_MS): Promise<void> {
  if (mapBootState(win).ran) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      win.removeEventListener(MAP_BOOT_RAN_EVENT, done);
      resolve();
    };
    const timer = win.setTimeout(done, waitMs);
    win.addEventListener(MAP_BOOT_RAN_EVENT, done);
  });
}

/**
 * Set on `<html>` by the boot script when its map is drawn before React has taken it over (React
 * was slow, or its code did not load); removed by React once its own map state is ready
 * (components/map/MapCanvas.tsx). While it is set the loading notice is hidden (app/globals.css):
 * the map is already complete on screen.
 */
export const MAP_DRAWN_ATTRIBUTE = 'data-map-drawn';

declare global {
  interface Window {
    __mapBoot?: MapBootState;
  }
}

/** The page's boot state, made on first use by whichever of the boot script and React runs first. */
export function mapBootState(win: Window): MapBootState {
  return (win.__mapBoot ??= { map: null, claimed: false, error: null, failed: [] });
}

/** Marks the boot script done, once; `drawn` also marks the page (see {@link MAP_DRAWN_ATTRIBUTE}). */
export function finishBoot(win: Window, drawn: boolean): void {
  const boot = mapBootState(win);
  if (boot.done) return;
  boot.done = true;
  boot.drawn = drawn;
  if (drawn) win.document.documentElement.setAttribute(MAP_DRAWN_ATTRIBUTE, 'true');
}
