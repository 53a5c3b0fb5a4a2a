// After `next build`: asks the production server (with its precompressed table off) for every
// response the build fixes (the pages, every static file, every layer and download, the oEmbed
// file, the 404 page) and writes them, with brotli and gzip copies, to .next/precompressed/ for
// server/precompressed-table.ts to replay, and for `npm run export` to write out as the static edition.
// Pages get the headers built pages need (lib/http/page-headers.ts): a CSP with their inline
// scripts' hashes, public caching, a strong ETag. Fails the build if any answer is unexpected.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageHeaders } from '../lib/http/page-headers';
import { siteUrl } from '../lib/http/site-url';
import { PAGE_PATHS, PRECOMPRESSED_DIR, TRANSFER_HEADERS, type PrecompressedEntry, type PrecompressedManifest } from '../server/precompressed-table';
import { layerAnswerPaths } from '../lib/publish/layer-answers';
import { startProductionServer } from './production-server';

const PORT = Number(process.env.PRECOMPRESS_PORT ?? 3390);
/** The API's answers that the build fixes but Next does not prerender (route handlers reading geodata/). */
const FIXED_ANSWERS = ['/api/layers', '/api/refugees/daily', '/api/refugees/daily.csv', '/api/refugees.csv'];
/** Next's prerendered routes that are not answers of ours: its error pages. */
const NEXT_ERROR_ROUTES = new Set(['/_not-found', '/_global-error']);

/** Every route Next prerendered at build time (the icon, the oEmbed file, …) but the pages and its error pages. */
function prerenderedRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return Object.keys(manifest.routes).filter((route) => !NEXT_ERROR_ROUTES.has(route) && !PAGE_PATHS.includes(route));
}
/** Any path the app does not have: Next's 404 page answers it. */
const MISSING_PATH = '/this-page-does-not-exist';
/** Next's headers that say how Next made the page, not what it is. */
const NEXT_INTERNAL = /^x-nextjs-|^x-next-cache/;

/** Every file below `dir`, as URL paths below `prefix`; skips folders named in `skip`. */
function filesBelow(dir: string, prefix: string, skip = new Set<string>()): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skip.has(name)) out.push(...filesBelow(full, `${prefix}${name}/`, skip));
    } else out.push(`${prefix}${relative(dir, full).split(sep).join('/')}`);
  }
  return out;
}

let stored = 0;
let raw = 0;
let brotli = 0;

/** Writes a body and its smaller encoded copies; returns the file names by encoding. */
function store(body: Buffer): PrecompressedEntry['files'] {
  const name = String(stored++);
  const files: PrecompressedEntry['files'] = { identity: name };
  writeFileSync(join(PRECOMPRESSED_DIR, name), body);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  // A copy that is not smaller (an already-compressed image, a tiny file) is not worth sending.
  if (br.length < body.length) writeFileSync(join(PRECOMPRESSED_DIR, (files.br = `${name}.br`)), br);
  if (gz.length < body.length) writeFileSync(join(PRECOMPRESSED_DIR, (files.gzip = `${name}.gz`)), gz);
  raw += body.length;
  brotli += Math.min(br.length, body.length);
  return files;
}

/**
 * Fetches with up to two retries when the connection itself fails. Seen once on a fresh machine: the first page's
 * request failed with "other side closed" and the build with it, with nothing on the server's stderr; run again,
 * the same requests all succeeded. The cause was not found (a kept-alive socket closed by the server as undici
 * reused it would look like this). An HTTP error status is an answer, not retried.
 */
async function fetchRetrying(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`precompress: ${url} failed (${(error as Error).message}), asking again`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Asks the server for a path and keeps its answer, with a page's own headers for HTML. */
async function snapshot(base: string, path: string, expectedStatus: number, headersFor?: (html: string) => Record<string, string>): Promise<PrecompressedEntry> {
  const response = await fetchRetrying(base + path);
  if (response.status !== expectedStatus) throw new Error(`${path}: the server answered ${response.status}, not ${expectedStatus}`);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!TRANSFER_HEADERS.has(name) && !NEXT_INTERNAL.test(name)) headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (headersFor) Object.assign(headers, headersFor(body.toString('utf8')));
  return { path, status: expectedStatus, headers, files: store(body) };
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(PRECOMPRESSED_DIR, { recursive: true, force: true });
  mkdirSync(PRECOMPRESSED_DIR, { recursive: true });
  const server = await startProductionServer(PORT, { PRECOMPRESSED: 'off' });
  try {
    const paths = [
      ...filesBelow(join('.next', 'static'), '/_next/static/'),
      // public/bench/ exists only while npm run bench runs.
      ...filesBelow('public', '/', new Set(['bench'])),
      ...prerenderedRoutes(),
      ...FIXED_ANSWERS,
      // Each layer and its labels (what the pages read; the details are read from the layer), in every language.
      ...layerAnswerPaths(),
    ];
    const entries: PrecompressedEntry[] = [];
    for (const path of PAGE_PATHS) entries.push(await snapshot(server.base, path, 200, (html) => pageHeaders(path, html)));
    for (const path of paths) entries.push(await snapshot(server.base, path, 200));
    const notFound = await snapshot(server.base, MISSING_PATH, 404, (html) => ({ ...pageHeaders('/404', html), 'cache-control': 'no-store' }));
    const manifest: PrecompressedManifest = { siteUrl: siteUrl(), entries, notFound };
    writeFileSync(join(PRECOMPRESSED_DIR, 'manifest.json'), JSON.stringify(manifest, null, 1));
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`precompressed ${entries.length} responses and the 404 page (${kb(raw)} → ${kb(brotli)} brotli) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
