// Compiles the map pages' three inline scripts from TypeScript (lib/page/entries/) into
// .page-scripts/, which the pages read as they are rendered (components/page/PageScripts.tsx):
// - prepaint.js, a classic script run before the page's content: what the address changes in the
//   layout, the colour scheme and the layers' preload hints, right at the first paint;
// - boot.js, a module run after the map's container: draws the map before React has loaded;
// - warm.js, a module in the head: starts MapLibre's worker once the page is parsed.
// Run before `next dev` and `next build`. The pages are built once, so these run in every reader's
// browser: small, and with no framework code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { LayerModule } from '../lib/layers/layer-module';
import { LAYERS } from '../lib/layers/layers';
import { BROWSER_BUILD, maplibreFromOrigin } from './esbuild-browser';

const PAGE_SCRIPTS_DIR = '.page-scripts';

const LAYER_LIST = resolve('lib/layers/layers.ts');

/**
 * The list of layers (lib/layers/layers.ts) as data, with only the fields a script reads: the
 * scripts need ids, toggles and styles, not the layers' words, keys and builders, so the list is
 * serialised here, at build time, from the very modules the app imports.
 */
function layerListAsData(fields: readonly (keyof LayerModule)[]): Plugin {
  return {
    name: 'layer-list-as-data',
    setup(b) {
      b.onResolve({ filter: /layers$/ }, (args) => {
        const path = resolve(args.resolveDir, `${args.path}.ts`);
        return path === LAYER_LIST ? { path, namespace: 'layer-list' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'layer-list' }, () => ({
        contents: `export const LAYERS = ${JSON.stringify(LAYERS.map((layer) => Object.fromEntries(fields.map((f) => [f, layer[f]]))))};`,
        loader: 'js',
      }));
    },
  };
}

/** What each script reads of the list: the first paint only ids and toggles; the boot map the styles too; the warm-up nothing. */
const LAYER_FIELDS: Record<'prepaint' | 'boot' | 'warm', readonly (keyof LayerModule)[]> = {
  prepaint: ['id', 'toggle', 'storyOrder'],
  boot: ['id', 'toggle', 'storyOrder', 'style', 'darkPaint', 'clickable'],
  warm: [],
};

async function main(): Promise<void> {
const started = Date.now();
mkdirSync(PAGE_SCRIPTS_DIR, { recursive: true });
const sizes: string[] = [];
for (const [name, format] of [['prepaint', 'iife'], ['boot', 'esm'], ['warm', 'esm']] as const) {
  const result = await build({
    ...BROWSER_BUILD,
    entryPoints: [join('lib', 'page', 'entries', `${name}.ts`)],
    format,
    write: false,
    plugins: [maplibreFromOrigin, layerListAsData(LAYER_FIELDS[name])],
  });
  const code = result.outputFiles[0]!.text.trim();
  writeFileSync(join(PAGE_SCRIPTS_DIR, `${name}.js`), code);
  sizes.push(`${name}.js ${(code.length / 1024).toFixed(1)} KB`);
}
console.log(`page scripts: ${sizes.join(', ')} in ${Date.now() - started} ms`);
}

void main();
