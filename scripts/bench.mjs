// npm run bench: measures the app against a bare MapLibre page on this machine and prints
// 1. time to ready, 2. bytes, 3. server throughput, 4. growth with larger data, 5–7. the phone run
// (scripts/bench-phone.mjs). See BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { ensureBuild, startProductionServer } from './production-server.ts';
import { layerLabels } from '../lib/layers/layer-labels.ts';
import { phoneBench } from './bench-phone.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
// 15 pairs: with 7 the /embed ratio moved between 1.03 and 1.14 from one run to the next on two shared cores.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 15);
const GROWTH_LOADS = Number(process.env.BENCH_GROWTH_LOADS ?? 5);
const require = createRequire(import.meta.url);
const maplibreDist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const run = (cmd, args) => {
  if (spawnSync(cmd, args, { stdio: 'inherit' }).status !== 0) process.exit(1);
};

ensureBuild();
mkdirSync('public/bench', { recursive: true });
copyFileSync(join(maplibreDist, 'maplibre-gl.css'), 'public/bench/maplibre-gl.css');
// The baseline page and its style: MapLibre from the app's own URLs, the app's initial style.
run(join('node_modules', '.bin', 'tsx'), ['scripts/write-bench-style.ts']);

const server = await startProductionServer(PORT);
const BASE = server.base;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

try {
  console.log(`bench: ${PAIRS} runs per page after a warm-up, ${process.env.BENCH_NOTE ?? 'this machine'}\n`);

  /**
   * Milliseconds from navigation start, in a fresh context, to
   * - `ready`: every source loaded and the map idle after it: the baseline's data-map-ready, and on
   *   our pages whichever says it first, the early map's script (data-map-drawn on <html>, before any
   *   framework code has run) or React (data-map-ready);
   * - `interactive`: React's data-map-ready: the page hydrated, its map adopted and ready.
   */
  async function timeToReady(path, { routes = [] } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const route of routes) await page.route(route.pattern, route.handler);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-map-ready="true"], [data-map-drawn="true"]')) window.__readyAt ??= performance.now();
        if (document.querySelector('[data-map-ready="true"]')) {
          window.__interactiveAt ??= performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready', 'data-map-drawn'], childList: true });
    });
    await page.goto(BASE + path);
    await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 60_000 });
    const times = await page.evaluate(() => ({ ready: window.__readyAt, interactive: window.__interactiveAt }));
    await context.close();
    return times;
  }

  // 1. Time to ready, ours and the baseline alternating.
  const pages = { '/': [], '/embed': [], baseline: [] };
  await timeToReady('/');
  await timeToReady('/embed');
  await timeToReady('/bench/baseline.html');
  for (let i = 0; i < PAIRS; i++) {
    pages['/'].push(await timeToReady('/'));
    pages.baseline.push(await timeToReady('/bench/baseline.html'));
    pages['/embed'].push(await timeToReady('/embed'));
  }
  const base = median(pages.baseline.map((t) => t.ready));
  const row = (name, xs, ratio) =>
    console.log(`   ${name.padEnd(24)} ${median(xs).toFixed(0).padStart(7)}   ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`.padEnd(50) + ratio);
  console.log('1. Time to ready (ms)        median    min–max     ours/baseline');
  for (const [name, times] of Object.entries(pages)) {
    const xs = times.map((t) => t.ready);
    row(name, xs, name === 'baseline' ? '' : (median(xs) / base).toFixed(2));
  }
  console.log('   interactive (hydrated, React’s map ready):');
  for (const name of ['/', '/embed']) {
    const xs = pages[name].map((t) => t.interactive);
    row(name, xs, (median(xs) / base).toFixed(2));
  }

  // 2. Bytes: JavaScript and layers of /embed, as sent (compressed), and the full map's JavaScript.
  async function bytesOf(path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(BASE + path);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    let js = 0;
    let maplibreSent = 0;
    const layerReads = new Map();
    for (const r of responses) {
      const sizes = await r.request().sizes();
      const url = new URL(r.url());
      if (r.request().resourceType() === 'script' || url.pathname.endsWith('.mjs')) js += sizes.responseBodySize;
      if (url.pathname.endsWith('/maplibre-gl.mjs')) maplibreSent = sizes.responseBodySize;
      // A layer (read by MapLibre's worker, after the page's preload) and its labels (read by the
      // page): a second read of a URL comes from the HTTP cache (nothing sent), so each URL
      // counts once, at its largest.
      if (url.pathname.startsWith('/api/layers/') || url.pathname.startsWith('/api/labels/')) {
        const seen = layerReads.get(url.pathname) ?? { sent: 0, raw: 0, reads: 0 };
        layerReads.set(url.pathname, { sent: Math.max(seen.sent, sizes.responseBodySize), raw: Math.max(seen.raw, (await r.body()).length), reads: seen.reads + 1 });
      }
    }
    await context.close();
    return { js, maplibreSent, layerReads };
  }
  const { js, maplibreSent, layerReads } = await bytesOf('/embed');
  const full = await bytesOf('/');
  const sum = (prefix, key) => [...layerReads].filter(([path]) => path.startsWith(prefix)).reduce((total, [, l]) => total + l[key], 0);
  const layers = sum('/api/layers/', 'sent') + sum('/api/labels/', 'sent');
  const layersRaw = sum('/api/layers/', 'raw') + sum('/api/labels/', 'raw');
  const reads = sum('/api/', 'reads');
  // Chromium reports no body size for a worker script, so both sides leave the worker out.
  const maplibreFile = readFileSync(join(maplibreDist, 'maplibre-gl.mjs'));
  const workerFile = readFileSync(join(maplibreDist, 'maplibre-gl-worker.mjs'));
  const br = (buffer) => brotliCompressSync(buffer).length;
  console.log('\n2. Bytes of /embed, as sent');
  console.log(`   JavaScript, all but the worker: ${kb(js)}   (+ MapLibre's worker, ${kb(br(workerFile))} brotli)`);
  console.log(`   maplibre-gl alone, as sent:    ${kb(maplibreSent)}   (file: ${kb(gzipSync(maplibreFile).length)} gzip -6, ${kb(br(maplibreFile))} brotli 11)`);
  console.log(`   app JavaScript beyond MapLibre: ${kb(js - maplibreSent)}   target ≤ 100 KB`);
  console.log(`   (the full map, /: ${kb(full.js - full.maplibreSent)} beyond MapLibre; no target)`);
  console.log(`   default layers:                ${kb(layers)} as sent, ${kb(layersRaw)} uncompressed   target ≤ 150 KB`);
  console.log(`                                  (of which labels ${kb(sum('/api/labels/', 'sent'))} as sent; ${layerReads.size} URLs, ${reads} reads)`);

  // 3. Server: our route against a plain node:http server with the same bytes.
  const body = await (await fetch(`${BASE}/api/layers/basemap`)).arrayBuffer();
  const etag = (await fetch(`${BASE}/api/layers/basemap`)).headers.get('etag');
  const plain = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/geo+json', ETag: etag });
    res.end(Buffer.from(body));
  }).listen(PORT + 1, '127.0.0.1');
  const load = (url, headers = {}) => autocannon({ url, connections: 50, duration: Number(process.env.BENCH_SECONDS ?? 10), headers });
  const ours = await load(`${BASE}/api/layers/basemap`);
  const theirs = await load(`http://127.0.0.1:${PORT + 1}/`);
  const notModified = await load(`${BASE}/api/layers/basemap`, { 'if-none-match': etag });
  const brotli = await load(`${BASE}/api/layers/basemap`, { 'accept-encoding': 'br' });
  plain.close();
  console.log('\n3. Server, /api/layers/basemap, 50 connections     req/s   p99 ms');
  console.log(`   ours (200)                                   ${ours.requests.average.toFixed(0).padStart(7)} ${String(ours.latency.p99).padStart(8)}`);
  console.log(`   plain node:http, same bytes                  ${theirs.requests.average.toFixed(0).padStart(7)} ${String(theirs.latency.p99).padStart(8)}`);
  console.log(`   ours, If-None-Match (304)                    ${notModified.requests.average.toFixed(0).padStart(7)} ${String(notModified.latency.p99).padStart(8)}`);
  console.log(`   ours, brotli (what browsers get)             ${brotli.requests.average.toFixed(0).padStart(7)} ${String(brotli.latency.p99).padStart(8)}`);
  console.log(`   ratio ours/plain: ${(ours.requests.average / theirs.requests.average).toFixed(2)}   target ≥ 0.80`);

  // 4. Growth: the refugee layer replaced by synthetic data 10× and 100× larger.
  const refugees = await (await fetch(`${BASE}/api/layers/refugees`)).json();
  console.log('\n4. Growth, / with the refugee layer ×N          median ms');
  for (const factor of [1, 10, 100]) {
    const features = [];
    for (let k = 0; k < factor; k++)
      for (const f of refugees.features) {
        const dx = (k % 10) * 0.02;
        const dy = Math.floor(k / 10) * 0.02;
        const move = (c) => (typeof c[0] === 'number' ? [c[0] + dx, c[1] + dy] : c.map(move));
        // The label's anchor moves with its arrow, as it would in real data: copies are a few pixels apart, not on one point.
        const labelPosition = f.properties.labelPosition && { labelPosition: move(f.properties.labelPosition) };
        features.push({ ...f, id: `${f.id}-${k}`, properties: { ...f.properties, id: `${f.properties.id}-${k}`, ...labelPosition }, geometry: { ...f.geometry, coordinates: move(f.geometry.coordinates) } });
      }
    const synthetic = JSON.stringify({ type: 'FeatureCollection', features });
    // The page reads the layer's labels, MapLibre's worker the layer: both grow.
    const labels = JSON.stringify(layerLabels({ type: 'FeatureCollection', features }));
    const routes = [
      { pattern: '**/api/layers/refugees', handler: (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: synthetic }) },
      { pattern: '**/api/labels/refugees', handler: (r) => r.fulfill({ status: 200, contentType: 'application/geo+json', body: labels }) },
    ];
    const times = [];
    // 5 loads per size: with 3, one slow load moved a median by 300 ms (BENCHMARKS.md).
    for (let i = 0; i < GROWTH_LOADS; i++) times.push(await timeToReady('/', { routes }));
    const ready = median(times.map((t) => t.ready)).toFixed(0);
    const interactive = median(times.map((t) => t.interactive)).toFixed(0);
    console.log(`   ×${String(factor).padEnd(4)} ${features.length} features, ${kb(synthetic.length)} (labels ${kb(labels.length)})`.padEnd(60) + ready.padStart(6) + `   (interactive ${interactive})`);
  }
  // 5–7. The phone run: Lighthouse mobile, the embed's own layout shift, the embed in an article column.
  await phoneBench({ base: BASE });
} finally {
  await browser.close();
  server.stop();
}
