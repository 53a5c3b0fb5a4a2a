/**
 * Writes the benchmark's baseline into public/bench/: bench/baseline.html with MapLibre's URLs filled
 * in (the very files the app loads, so both pages get the same bytes from the same server), and
 * style.json, the style the app's map starts with on /embed with its default layers (every source
 * as a URL), in the light scheme, with its framing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { INITIAL_BOUNDS } from '../lib/config';
import { DEFAULT_EMBED_OPTIONS } from '../lib/embed/embed-options';
import { getLayerStore } from '../lib/layers/layer-store';
import { initialStyle } from '../lib/map/map-options';
import { MAPLIBRE_URL, MAPLIBRE_WORKER_URL } from '../lib/map/maplibre-assets';

mkdirSync('public/bench', { recursive: true });
const page = readFileSync('bench/baseline.html', 'utf8');
writeFileSync('public/bench/baseline.html', page.replaceAll('__MAPLIBRE_URL__', MAPLIBRE_URL).replaceAll('__MAPLIBRE_WORKER_URL__', MAPLIBRE_WORKER_URL));
void getLayerStore().then((store) =>
  writeFileSync('public/bench/style.json', JSON.stringify({ ...initialStyle(DEFAULT_EMBED_OPTIONS.layers, 'light', store.refugees.defaultDate), metadata: { bounds: INITIAL_BOUNDS } })),
);
