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
}

declare global {
  interface Window {
    __mapBoot?: MapBootState;
  }
}

/** The page's boot state, made on first use by whichever of the boot script and React runs first. */
export function mapBootState(win: Window): MapBootState {
  return (win.__mapBoot ??= { map: null, claimed: false, error: null, failed: [] });
}
