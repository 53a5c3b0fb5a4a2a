import { MAP_BOOT_DONE_EVENT, mapBootState } from '@/lib/map/boot/map-boot-state';

/** A reader's first touch, click, key or focus: the page must answer it, so React starts at once. */
export const FIRST_INTERACTION_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/** The latest React waits for the boot script's map, in milliseconds after this code runs. */
export const HYDRATE_AT_LATEST_MS = 4_000;

/**
 * Calls `hydrate` once, when the map is on screen: the boot script is done (it drew the map with
 * every source loaded, or it will not draw it), so React's work never competes with the map's first
 * frame for the main thread. Sooner if the reader interacts (React then answers that very event,
 * which it replays once hydrated), and at the latest after `latestMs` (a slow network).
 */
export function hydrateWhenDrawn(win: Window, hydrate: () => void, latestMs = HYDRATE_AT_LATEST_MS): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    win.removeEventListener(MAP_BOOT_DONE_EVENT, start);
    for (const type of FIRST_INTERACTION_EVENTS) win.removeEventListener(type, start, true);
    win.clearTimeout(timer);
    hydrate();
  };
  const timer = win.setTimeout(start, latestMs);
  if (mapBootState(win).done) {
    start();
    return;
  }
  win.addEventListener(MAP_BOOT_DONE_EVENT, start);
  for (const type of FIRST_INTERACTION_EVENTS) win.addEventListener(type, start, { capture: true, passive: true });
}
