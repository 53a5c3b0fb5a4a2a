import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the early map's script (./draw-early-map.ts) leaves for React (./adopt-early-map.ts). */
export interface EarlyMapState {
  /** The map it drew before React, until React takes it. */
  map: MapLibreMap | null;
  /** Set by React when it makes its map: the early map's script must not draw a second one. */
  claimed: boolean;
  error: string | null;
  /** Its map has fired `load` (heard by the early map's script itself: React must replay it, having come late). */
  loaded?: boolean;
  /** The colour scheme it drew in. */
  scheme?: 'light' | 'dark';
  /** Sources of the early map whose URL failed to load, by id (reported by its `error` events). */
  failed: string[];
  /** The HTTP status of a failed source's answer, by id, where the server answered. */
  failedStatus?: Record<string, number>;
  /**
   * The early map's script is done: it drew the map with every source loaded (`drawn`), or it will not
   * (no container, no WebGL, a source failed, React took over).
   */
  done?: boolean;
  /** Every source of the early map loaded and the map idle: what the reader sees is complete. */
  drawn?: boolean;
  /** The early map's script has run (drawn its map, or decided not to): React may make or adopt the map. */
  ran?: boolean;
}

/** Fired on window when the early map's script has run (see {@link EarlyMapState.ran}). */
export const EARLY_MAP_RAN_EVENT = 'earlymapran';

/** Marks the early map's script as run (see {@link EarlyMapState.ran}) and says so. */
export function announceEarlyMapRan(win: Window): void {
  earlyMapState(win).ran = true;
  win.dispatchEvent(new Event(EARLY_MAP_RAN_EVENT));
}

/** How long React waits for the early map's script once MapLibre is loaded (the script needs nothing else, so it is blocked if it has not run by then). */
export const EARLY_MAP_WAIT_MS = 500;

/**
 * Resolves once the early map's script has run, so that React adopts its map rather than racing it (the
 * embed's client code can be ready before that script, which waits for MapLibre); or after
 * `waitMs`, for a page whose script was blocked.
 */
export function afterEarlyMap(win: Window, waitMs = EARLY_MAP_WAIT_MS): Promise<void> {
  if (earlyMapState(win).ran) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      win.removeEventListener(EARLY_MAP_RAN_EVENT, done);
      resolve();
    };
    const timer = win.setTimeout(done, waitMs);
    win.addEventListener(EARLY_MAP_RAN_EVENT, done);
  });
}

/**
 * Set on `<html>` by the early map's script when its map is drawn before React has taken it over (React
 * was slow, or its code did not load); removed by React once its own map state is ready
 * (components/map/use-map-readiness.ts). While it is set the loading notice is hidden (app/globals.css):
 * the map is already complete on screen.
 */
export const MAP_DRAWN_ATTRIBUTE = 'data-map-drawn';

declare global {
  interface Window {
    __earlyMap?: EarlyMapState;
  }
}

/** The page's early-map state, made on first use by whichever of the early map's script and React runs first. */
export function earlyMapState(win: Window): EarlyMapState {
  return (win.__earlyMap ??= { map: null, claimed: false, error: null, failed: [] });
}

/** Marks the early map's script done, once; `drawn` also marks the page (see {@link MAP_DRAWN_ATTRIBUTE}). */
export function finishEarlyMap(win: Window, drawn: boolean): void {
  const state = earlyMapState(win);
  if (state.done) return;
  state.done = true;
  state.drawn = drawn;
  if (drawn) win.document.documentElement.setAttribute(MAP_DRAWN_ATTRIBUTE, 'true');
}
