// Copies MapLibre's worker into public/ so the app serves it from its own origin (see the
// "blank-map trap" in the README). Run before `next dev` and `next build`; the copy is not committed.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist', 'maplibre-gl-worker.mjs');
mkdirSync(join(root, 'public'), { recursive: true });
copyFileSync(source, join(root, 'public', 'maplibre-gl-worker.mjs'));
console.log('copied maplibre-gl-worker.mjs to public/');
