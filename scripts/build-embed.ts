// Builds the two embed pages (/embed, /uk/embed) without the App Router's runtime: an embed is one
// page, built once, and every byte of it is paid by every article that carries it (issue 13).
// 1. Its client code, one module per edition (components/embed/client/): React, react-map-gl and the
//    embed's components; written to public/_embed/ under names that change with their content.
// 2. Its stylesheet: MapLibre's and the app's (app/globals.css), one file, same naming.
// 3. Its HTML, rendered here with react-dom/server from the same components
//    (components/embed/EmbedDocument.tsx), to .embed/<locale>.html, which the routes
//    app/(en)/embed/route.ts and app/(uk)/uk/embed/route.ts answer with.
// Run after scripts/build-page-scripts.ts (the pages inline its scripts), before `next build` and `next dev`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { EmbedDocument, EmbedRoot, type EmbedAssets } from '../components/embed/EmbedDocument';
import { EMBED_ASSETS_DIR, EMBED_ASSETS_PATH, EMBED_HTML_DIR, embedHtmlFile } from '../lib/embed/embed-build';
import { LOCALES } from '../lib/i18n/locale';
import { editionPageData } from '../lib/page/edition-page-data';
import { BROWSER_BUILD, maplibreFromOrigin } from './esbuild-browser';

const LAYERS_DIR = resolve('lib/layers');

/**
 * A layer's builder (lib/layers/<id>/build.ts, loaded with import()) runs on the server only: it
 * brings turf and the data's schemas. The App Router's bundler leaves it in a chunk the browser never
 * asks for; here it is left out, and a call in the browser would fail saying so.
 */
const buildersStayOnServer: Plugin = {
  name: 'builders-stay-on-server',
  setup(b) {
    b.onResolve({ filter: /^\.\/build$/ }, (args) =>
      resolve(args.resolveDir, '..') === LAYERS_DIR ? { path: args.resolveDir, namespace: 'server-only-builder' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'server-only-builder' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${basename(args.path)}'s builder runs on the server, not in the browser`)});`,
      loader: 'js',
    }));
  },
};

/** The URL path of the output file the build made from `entry`. */
function outputFor(metafile: Metafile, entry: string): string {
  const output = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry)?.[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return `${EMBED_ASSETS_PATH}/${basename(output)}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(EMBED_ASSETS_DIR, { recursive: true, force: true });
  mkdirSync(EMBED_ASSETS_DIR, { recursive: true });
  mkdirSync(EMBED_HTML_DIR, { recursive: true });
  const entries = Object.fromEntries(LOCALES.map((locale) => [locale, `components/embed/client/${locale}.tsx`]));
  const common = { ...BROWSER_BUILD, outdir: EMBED_ASSETS_DIR, entryNames: '[name]-[hash]', metafile: true } as const;
  const scripts = await build({
    ...common,
    entryPoints: Object.values(entries),
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [maplibreFromOrigin, buildersStayOnServer],
  });
  // What pulled what into the client code: EMBED_METAFILE=/tmp/meta.json, then read it (or esbuild's analyzer).
  if (process.env.EMBED_METAFILE) writeFileSync(process.env.EMBED_METAFILE, JSON.stringify(scripts.metafile));
  const styles = await build({ ...common, entryPoints: ['components/embed/client/embed.css'] });
  const stylesheet = outputFor(styles.metafile, 'components/embed/client/embed.css');
  const sizes: string[] = [];
  for (const locale of LOCALES) {
    const assets: EmbedAssets = { script: outputFor(scripts.metafile, entries[locale]!), stylesheet };
    const data = await editionPageData(locale);
    const appHtml = renderToString(createElement(EmbedRoot, { locale, data }));
    const html = `<!DOCTYPE html>${renderToString(createElement(EmbedDocument, { locale, data, assets, appHtml }))}`;
    writeFileSync(embedHtmlFile(locale), html);
    sizes.push(`${locale}: ${assets.script} ${(scripts.metafile.outputs[join(EMBED_ASSETS_DIR, basename(assets.script))]!.bytes / 1024).toFixed(1)} KB, HTML ${(html.length / 1024).toFixed(1)} KB`);
  }
  console.log(`embed: ${sizes.join('; ')}; ${stylesheet} in ${Date.now() - started} ms`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
