/**
 * Writes public/bench/style.json for bench/baseline.html: the style the app's map starts with on
 * /embed with its default layers (every source as a URL), in the light scheme, and its framing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { INITIAL_BOUNDS } from '../lib/config';
import { DEFAULT_EMBED_OPTIONS } from '../lib/embed/embed-options';
import { initialStyle } from '../lib/map/map-boot';

mkdirSync('public/bench', { recursive: true });
writeFileSync('public/bench/style.json', JSON.stringify({ ...initialStyle(DEFAULT_EMBED_OPTIONS.layers, 'light'), metadata: { bounds: INITIAL_BOUNDS } }));
