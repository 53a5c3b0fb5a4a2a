/**
 * Where the browser finds MapLibre. scripts/copy-maplibre.mjs copies the module and its worker from
 * node_modules into public/maplibre/<version>/, served from this origin and cached for a year (the
 * path changes with the version). tests/unit/maplibre-assets.test.ts keeps the version in step with
 * the installed package.
 */
export const MAPLIBRE_VERSION = '6.17.0';

export const MAPLIBRE_URL = `/maplibre/${MAPLIBRE_VERSION}/maplibre-gl.mjs`;

export const MAPLIBRE_WORKER_URL = `/maplibre/${MAPLIBRE_VERSION}/maplibre-gl-worker.mjs`;
