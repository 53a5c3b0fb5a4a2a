// Builds the four pages (/, /uk, /embed, /uk/embed) without the App Router's runtime: each page is
// built once, and every byte of it is paid by every reader (issue 13).
// 1. Their client code, one module per page and edition (components/page/client/): React,
//    react-map-gl and the page's components; written to public/_pages/ under names that change with
//    their content.
// 2. Their stylesheet: MapLibre's and the app's (app/globals.css), one file, same naming.
// 3. Their HTML, rendered here with react-dom/server from the same components
//    (components/page/PageDocument.tsx), to .pages/<kind>-<locale>.html, which the routes
//    (app/(en)/route.ts, app/(en)/embed/route.ts and the same under app/(uk)/uk/) answer with.
// Run after scripts/build-page-scripts.ts (the pages inline its scripts), before `next build`; under
// `npm run dev`, scripts/dev.ts runs both again, as a development build, whenever a file under
// components/, lib/ or geodata/ changes.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { EmbedApp } from '../components/embed/EmbedApp';
import { MapApp } from '../components/map/MapApp';
import { PageDocument, PageRoot, type PageAssets } from '../components/page/PageDocument';
import type { PageApp } from '../components/page/PageTree';
import { LOCALES } from '../lib/i18n/locale';
import { editionPageData } from '../lib/page/edition-page-data';
import { PAGE_ASSETS_DIR, PAGE_ASSETS_PATH, PAGE_HTML_DIR, pageHtmlFile } from '../lib/page/page-build';
import type { PageKind } from '../lib/page/page-start';
import { BROWSER_BUILD, maplibreFromOrigin } from './esbuild-browser';

const LAYERS_DIR = resolve('lib/layers');

/** Each page's component, the root of what React renders and hydrates. */
const APPS: Record<PageKind, PageApp> = { map: MapApp, embed: EmbedApp };
const KINDS = Object.keys(APPS) as PageKind[];

/**
 * A layer's builder and localizer (lib/layers/<id>/build.ts and localize.ts, loaded with import())
 * run on the server only: they bring turf, the data's schemas and the translations' sentences. The
 * browser never asks for them; here they are left out, and a call in the browser would fail saying so.
 */
const buildersStayOnServer: Plugin = {
  name: 'builders-stay-on-server',
  setup(b) {
    b.onResolve({ filter: /^\.\/(build|localize)$/ }, (args) =>
      resolve(args.resolveDir, '..') === LAYERS_DIR ? { path: join(args.resolveDir, args.path), namespace: 'server-only-builder' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'server-only-builder' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${relative(LAYERS_DIR, args.path)} runs on the server, not in the browser`)});`,
      loader: 'js',
    }));
  },
};

/** The URL path of the output file the build made from `entry`. */
function outputFor(metafile: Metafile, entry: string): string {
  const output = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry)?.[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return `${PAGE_ASSETS_PATH}/${basename(output)}`;
}

/** `PAGES_BUILD=development` (set by scripts/dev.ts): React's development build, unminified, with StrictMode. */
const DEVELOPMENT = process.env.PAGES_BUILD === 'development';

/** Folders that builds before the full map was built here wrote (scripts/build-embed.ts): gone, or stale files would be published. */
const LEGACY_OUTPUTS = ['.embed', join('public', '_embed')];

/** Writes a file whole or not at all: a page being served is never read half-written. */
function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const legacy of LEGACY_OUTPUTS) rmSync(legacy, { recursive: true, force: true });
  // Nothing is deleted before the new build is written: files are named by their content, so the
  // pages already built (served by `npm run dev` meanwhile) keep working until their HTML is replaced.
  mkdirSync(PAGE_ASSETS_DIR, { recursive: true });
  mkdirSync(PAGE_HTML_DIR, { recursive: true });
  const pages = KINDS.flatMap((kind) => LOCALES.map((locale) => ({ kind, locale, entry: `components/page/client/${kind}-${locale}.tsx` })));
  const common = { ...BROWSER_BUILD, minify: !DEVELOPMENT, outdir: PAGE_ASSETS_DIR, entryNames: '[name]-[hash]', metafile: true } as const;
  const scripts = await build({
    ...common,
    entryPoints: pages.map((page) => page.entry),
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': DEVELOPMENT ? '"development"' : '"production"' },
    plugins: [maplibreFromOrigin, buildersStayOnServer],
  });
  // What pulled what into the client code: PAGES_METAFILE=/tmp/meta.json, then read it (or esbuild's analyzer).
  if (process.env.PAGES_METAFILE) writeFileSync(process.env.PAGES_METAFILE, JSON.stringify(scripts.metafile));
  const styles = await build({ ...common, entryPoints: ['components/page/client/page.css'] });
  const stylesheet = outputFor(styles.metafile, 'components/page/client/page.css');
  // Both pages of an edition are rendered from the same data.
  const dataOf = new Map(await Promise.all(LOCALES.map(async (locale) => [locale, await editionPageData(locale)] as const)));
  const sizes: string[] = [];
  for (const { kind, locale, entry } of pages) {
    const assets: PageAssets = { script: outputFor(scripts.metafile, entry), stylesheet };
    const data = dataOf.get(locale)!;
    const appHtml = renderToString(createElement(PageRoot, { app: APPS[kind], locale, data, strict: DEVELOPMENT }));
    const html = `<!DOCTYPE html>${renderToString(createElement(PageDocument, { kind, locale, data, assets, appHtml }))}`;
    writeAtomically(pageHtmlFile(kind, locale), html);
    const scriptKb = (scripts.metafile.outputs[join(PAGE_ASSETS_DIR, basename(assets.script))]!.bytes / 1024).toFixed(1);
    sizes.push(`${kind} ${locale}: ${assets.script} ${scriptKb} KB, HTML ${(html.length / 1024).toFixed(1)} KB`);
  }
  // Now that every page names the new files, the files of earlier builds go.
  const written = new Set([...Object.keys(scripts.metafile.outputs), ...Object.keys(styles.metafile.outputs)].map((output) => basename(output)));
  for (const file of readdirSync(PAGE_ASSETS_DIR)) if (!written.has(file)) rmSync(join(PAGE_ASSETS_DIR, file));
  console.log(`pages${DEVELOPMENT ? ' (development build)' : ''}: ${sizes.join('; ')}; ${stylesheet} in ${Date.now() - started} ms`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
