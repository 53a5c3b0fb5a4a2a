// Builds the pages (lib/page/pages.json) without the App Router's runtime: each page is built once,
// and every byte of it is paid by every reader. One builder, used the same way by `npm run build`
// (scripts/build-pages.ts: build once, then stop) and by `npm run dev` (scripts/dev.ts: build again
// after each change, only what the change can reach). Each part is an esbuild context, so a
// rebuild is incremental:
// 1. the three inline scripts (lib/page/entries/), to .page-scripts/, which the pages inline:
//    prepaint.js before the content, early-map.js after the map's container, warm.js in the head;
// 2. each page's client module (components/page/client/<kind>-<locale>.tsx: the page's component
//    and its edition's catalogue, and not the others') and the stylesheet, to public/_pages/ under
//    names that change with their content;
// 3. the pages' data (./data-entry.ts: the layers and the map in words, from geodata/) and their
//    HTML (./render-entry.tsx: react-dom/server), bundled for Node and imported again when they
//    change; the HTML goes to .pages/<kind>-<locale>.html, which the page route answers with.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { context, type BuildContext, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import type { LayerModule } from '../../lib/layers/layer-module';
import { LAYERS } from '../../lib/layers/layers';
import type { Locale } from '../../lib/i18n/locale';
import { PAGE_ASSETS_DIR, PAGE_ASSETS_PATH, PAGE_BUILD_ID_FILE, PAGE_HTML_DIR, PAGE_SCRIPTS_DIR, pageHtmlFile } from '../../lib/page/page-build';
import type { PageData } from '../../lib/page/page-data';
import { PAGES, pageName, type PageRow } from '../../lib/page/pages';
import { MAPLIBRE_URL } from '../../lib/map/maplibre-assets';
import type { pageDataByLocale } from './data-entry';
import type { renderPageHtml } from './render-entry';

const LAYERS_DIR = resolve('lib/layers');
const LAYER_LIST = resolve('lib/layers/layers.ts');
/** Where the Node bundles of the data and the renderer go (not served). */
const SERVER_DIR = join(PAGE_HTML_DIR, '.server');

/** Bundled for the browsers MapLibre 6 runs in. */
const BROWSER = { bundle: true, target: 'es2020', platform: 'browser', legalComments: 'none', metafile: true, logLevel: 'silent' } as const satisfies BuildOptions;

/** MapLibre stays a module of its own, imported from the URL this origin serves it at. */
const maplibreFromOrigin: Plugin = {
  name: 'maplibre-from-origin',
  setup(b) {
    b.onResolve({ filter: /^maplibre-gl$/ }, () => ({ path: MAPLIBRE_URL, external: true }));
  },
};

/**
 * A layer's builder and localizer (lib/layers/<id>/build.ts and localize.ts, loaded with import())
 * run on the server only: they bring turf, the data's schemas and the translations' sentences. The
 * browser never asks for them; its bundles leave them out, and a call in the browser would fail saying so.
 */
const serverOnlyLayerCode: Plugin = {
  name: 'server-only-layer-code',
  setup(b) {
    b.onResolve({ filter: /^\.\/(build|localize)$/ }, (args) =>
      resolve(args.resolveDir, '..') === LAYERS_DIR ? { path: join(args.resolveDir, args.path), namespace: 'server-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'server-only' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${relative(LAYERS_DIR, args.path)} runs on the server, not in the browser`)});`,
      loader: 'js',
    }));
  },
};

/**
 * The list of layers (lib/layers/layers.ts) as data for an inline script, with only the fields it
 * reads: the scripts need ids, toggles and styles, not the layers' words, keys and builders, so the
 * list is serialised here from the very modules the app imports.
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

/** The inline scripts: their format, and what each reads of the list (the first paint ids and toggles; the early map the styles too; the warm-up nothing). */
const INLINE_SCRIPTS = [
  { name: 'prepaint', format: 'iife', fields: ['id', 'toggle', 'storyOrder'] },
  { name: 'early-map', format: 'esm', fields: ['id', 'toggle', 'storyOrder', 'style', 'darkPaint', 'clickable', 'patterns', 'dated'] },
  { name: 'early-map-after-paint', format: 'esm', fields: ['id', 'toggle', 'storyOrder', 'style', 'darkPaint', 'clickable', 'patterns', 'dated'] },
  { name: 'warm', format: 'esm', fields: [] },
] as const satisfies readonly { name: string; format: 'iife' | 'esm'; fields: readonly (keyof LayerModule)[] }[];

/** A page's client entry: a few lines that name its component and its edition's provider. */
const clientEntry = (page: PageRow) => join('components', 'page', 'client', `${pageName(page)}.tsx`);

/** Writes a file whole or not at all: a page being served is never read half-written. */
function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** The project-relative paths a build read. */
const inputsOf = (metafile: Metafile | undefined) => new Set(Object.keys(metafile?.inputs ?? {}).map((input) => resolve(input)));

/** The URL path of the output the build made from an entry. */
function outputOf(metafile: Metafile): string {
  const output = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint)?.[0];
  if (!output) throw new Error('esbuild wrote no entry');
  return `${PAGE_ASSETS_PATH}/${basename(output)}`;
}

/** One part of the build: an esbuild context, what it read last time, and its last result. */
class Part {
  inputs = new Set<string>();
  metafile: Metafile | undefined;
  /** The code it made, for a part that writes nothing (the inline scripts). */
  text = '';
  constructor(readonly ctx: BuildContext<{ metafile: true }>) {}
  /** Rebuilds when a changed file is one it read (or always, on the first build); true if it ran. */
  async rebuild(changed: readonly string[] | null): Promise<boolean> {
    if (changed && this.metafile && !changed.some((file) => this.inputs.has(file))) return false;
    const result = await this.ctx.rebuild();
    this.metafile = result.metafile;
    this.inputs = inputsOf(result.metafile);
    this.text = result.outputFiles?.[0]?.text.trim() ?? '';
    return true;
  }
}

export interface PageBuilder {
  /** Builds what `changed` (absolute paths) can reach, or everything; returns a line that says what it did. */
  build(changed?: readonly string[]): Promise<string>;
  dispose(): Promise<void>;
}

/** The page builder. `development`: React's development build, unminified, StrictMode on both sides. */
export async function createPageBuilder({ development }: { development: boolean }): Promise<PageBuilder> {
  for (const dir of [PAGE_ASSETS_DIR, PAGE_HTML_DIR, PAGE_SCRIPTS_DIR, SERVER_DIR]) mkdirSync(dir, { recursive: true });
  const env = { 'process.env.NODE_ENV': development ? '"development"' : '"production"' };
  const scripts = await Promise.all(
    INLINE_SCRIPTS.map(async ({ name, format, fields }) => ({
      name,
      part: new Part(
        await context({ ...BROWSER, minify: true, entryPoints: [join('lib', 'page', 'entries', `${name}.ts`)], format, write: false, plugins: [maplibreFromOrigin, layerListAsData(fields)] }),
      ),
    })),
  );
  const clients = await Promise.all(
    PAGES.map(async (page) => ({
      page,
      part: new Part(
        await context({
          ...BROWSER,
          minify: !development,
          entryPoints: [clientEntry(page)],
          entryNames: `${pageName(page)}-[hash]`,
          outdir: PAGE_ASSETS_DIR,
          format: 'esm',
          jsx: 'automatic',
          define: env,
          plugins: [maplibreFromOrigin, serverOnlyLayerCode],
        }),
      ),
    })),
  );
  const styles = new Part(await context({ ...BROWSER, minify: !development, entryPoints: ['components/page/client/page.css'], entryNames: 'page-[hash]', outdir: PAGE_ASSETS_DIR }));
  const forNode = (entry: string, outfile: string) =>
    context({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', jsx: 'automatic', metafile: true, logLevel: 'silent', define: env });
  const data = new Part(await forNode('scripts/pages/data-entry.ts', join(SERVER_DIR, 'data.mjs')));
  const renderer = new Part(await forNode('scripts/pages/render-entry.tsx', join(SERVER_DIR, 'render.mjs')));

  let builds = 0;
  let pageData: Record<Locale, PageData> | undefined;
  let render: typeof renderPageHtml | undefined;
  /** A Node bundle just written, imported afresh (its URL changes with each build). */
  const load = async <T>(file: string): Promise<T> => (await import(`${pathToFileURL(resolve(file)).href}?build=${builds}`)) as T;

  async function build(changed?: readonly string[]): Promise<string> {
    const started = Date.now();
    builds += 1;
    const only = changed ? changed.map((file) => resolve(file)) : null;
    const geodataChanged = !only || only.some((file) => file.startsWith(resolve('geodata')));
    const ran: string[] = [];
    // The inline scripts first: the HTML inlines them.
    const scriptsRan = await Promise.all(scripts.map(({ part }) => part.rebuild(only)));
    scripts.forEach(({ name, part }, i) => {
      if (!scriptsRan[i]) return;
      writeAtomically(join(PAGE_SCRIPTS_DIR, `${name}.js`), part.text);
      ran.push(`${name}.js ${(part.text.length / 1024).toFixed(1)} KB`);
    });
    const clientsRan = await Promise.all([...clients.map(({ part }) => part.rebuild(only)), styles.rebuild(only)]);
    if (clientsRan.some(Boolean)) ran.push('client modules');
    if ((await data.rebuild(only)) || geodataChanged || !pageData) {
      pageData = await (await load<{ pageDataByLocale: typeof pageDataByLocale }>(join(SERVER_DIR, 'data.mjs'))).pageDataByLocale();
      ran.push('data');
    }
    if ((await renderer.rebuild(only)) || !render) render = (await load<{ renderPageHtml: typeof renderPageHtml }>(join(SERVER_DIR, 'render.mjs'))).renderPageHtml;
    const stylesheet = outputOf(styles.metafile!);
    const sizes: string[] = [];
    for (const { page, part } of clients) {
      const assets = { script: outputOf(part.metafile!), stylesheet };
      const html = render(page, pageData[page.locale], assets, development);
      writeAtomically(pageHtmlFile(page.kind, page.locale), html);
      const output = Object.entries(part.metafile!.outputs).find(([, o]) => o.entryPoint)![1];
      sizes.push(`${pageName(page)} ${(output.bytes / 1024).toFixed(1)} KB + HTML ${(html.length / 1024).toFixed(1)} KB`);
    }
    // Now that every page names the new files, the files of earlier builds go.
    const written = new Set([...clients.map(({ part }) => part.metafile!), styles.metafile!].flatMap((m) => Object.keys(m.outputs).map((o) => basename(o))));
    for (const file of readdirSync(PAGE_ASSETS_DIR)) if (!written.has(file)) rmSync(join(PAGE_ASSETS_DIR, file));
    // What a development page listens for, to reload itself (app/api/dev/reload/route.ts).
    writeAtomically(PAGE_BUILD_ID_FILE, String(Date.now()));
    return `pages${development ? ' (development)' : ''} in ${Date.now() - started} ms (${ran.length ? ran.join(', ') : 'HTML only'}): ${sizes.join('; ')}; ${stylesheet}`;
  }

  return {
    build,
    async dispose() {
      await Promise.all([...scripts.map(({ part }) => part.ctx), ...clients.map(({ part }) => part.ctx), styles.ctx, data.ctx, renderer.ctx].map((ctx) => ctx.dispose()));
    },
  };
}

/** Folders that older builds wrote and this one does not: gone, or stale files would be published. */
export function removeOldOutputs(): void {
  for (const old of ['.embed', join('public', '_embed')]) if (existsSync(old)) rmSync(old, { recursive: true, force: true });
}
