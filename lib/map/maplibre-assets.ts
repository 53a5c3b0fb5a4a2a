/**
 * Where the browser finds MapLibre. scripts/copy-maplibre.mjs copies the module and its worker from
 * node_modules into public/maplibre/<version>/, served from this origin and cached for a year (the
 * path changes with the version). tests/unit/maplibre-assets.test.ts keeps the version in step with
 * the installed package.
 */
export const MAPLIBRE_VERSION = '6.17.0';

export const MAPLIBRE_URL = `/maplibre/${MAPLIBRE_VERSION}/maplibre-gl.mjs`;

export const MAPLIBRE_WORKER_URL = `/maplibre/${MAPLIBRE_VERSION}/maplibre-gl-worker.mjs`;

/**
 * MapLibre set up to start its worker from this origin (MapLibre's default is a blob of its own
 * bundle, which the page's CSP would refuse). Every script that takes MapLibre (the warm-up, the
 * early map, React's loader) takes it through this, whichever of them runs first.
 */
export function withOwnWorker<M extends { setWorkerUrl: (url: string) => void }>(maplibre: M): M {
  maplibre.setWorkerUrl(MAPLIBRE_WORKER_URL);
  return maplibre;
}
