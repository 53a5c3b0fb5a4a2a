// Copies MapLibre's module and its worker into public/maplibre/<version>/, so the app serves them
// from its own origin under a path that changes with the version (cached for a year, immutable).
// The server HTML starts both before React loads (MapBoot in components/page/PageScripts.tsx); bundled by
// Next, MapLibre could only start after the framework's chunks, and its worker not at all without
// this copy (the "blank-map trap"). Run before `next dev` and `next build`; the copy is not committed.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('maplibre-gl/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const target = join(root, 'public', 'maplibre', version);
rmSync(join(root, 'public', 'maplibre'), { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs']) copyFileSync(join(packageDir, 'dist', file), join(target, file));
console.log(`copied maplibre-gl ${version} and its worker to public/maplibre/${version}/`);
