// What the browser builds share (scripts/build-page-scripts.ts, scripts/build-pages.ts): how their
// code is compiled, and MapLibre left as the module this origin serves.
import type { BuildOptions, Plugin } from 'esbuild';
import { MAPLIBRE_URL } from '../lib/map/maplibre-assets';

/** Bundled, minified, for the browsers MapLibre 6 runs in. */
export const BROWSER_BUILD = { bundle: true, minify: true, target: 'es2020', platform: 'browser', legalComments: 'none' } as const satisfies BuildOptions;

/** MapLibre stays a separate module, imported from the URL this origin serves it at. */
export const maplibreFromOrigin: Plugin = {
  name: 'maplibre-from-origin',
  setup(b) {
    b.onResolve({ filter: /^maplibre-gl$/ }, () => ({ path: MAPLIBRE_URL, external: true }));
  },
};
