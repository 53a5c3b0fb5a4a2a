// After `next build`: asks the production server (with its precompressed table off) for every
// static file and every layer, and writes Next's exact answers, with brotli and gzip copies, to
// .next/precompressed/ for server-static.mjs to replay. Fails the build if any answer is not 200.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PRECOMPRESSED_DIR, TRANSFER_HEADERS } from '../server-static.mjs';
import { startProductionServer } from './production-server.mjs';

const PORT = Number(process.env.PRECOMPRESS_PORT ?? 3390);

/** Every file below `dir`, as URL paths below `prefix`; skips folders named in `skip`. */
function filesBelow(dir, prefix, skip = new Set()) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skip.has(name)) out.push(...filesBelow(full, `${prefix}${name}/`, skip));
    } else out.push(`${prefix}${relative(dir, full).split(sep).join('/')}`);
  }
  return out;
}

const started = Date.now();
rmSync(PRECOMPRESSED_DIR, { recursive: true, force: true });
mkdirSync(PRECOMPRESSED_DIR, { recursive: true });
const server = await startProductionServer(PORT, { PRECOMPRESSED: 'off' });
try {
  const index = await (await fetch(`${server.base}/api/layers`)).json();
  const paths = [
    ...filesBelow(join('.next', 'static'), '/_next/static/'),
    // public/bench/ exists only while npm run bench runs.
    ...filesBelow('public', '/', new Set(['bench'])),
    '/api/layers',
    ...index.layers.map((layer) => layer.url),
  ];
  const entries = [];
  let raw = 0;
  let brotli = 0;
  for (const [i, path] of paths.entries()) {
    const response = await fetch(server.base + path, { headers: { 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`${path}: the server answered ${response.status}`);
    const headers = {};
    response.headers.forEach((value, name) => {
      if (!TRANSFER_HEADERS.has(name)) headers[name] = value;
    });
    const body = Buffer.from(await response.arrayBuffer());
    const files = { identity: `${i}` };
    writeFileSync(join(PRECOMPRESSED_DIR, files.identity), body);
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const gz = gzipSync(body, { level: 9 });
    // A copy that is not smaller (an already-compressed image, a tiny file) is not worth sending.
    if (br.length < body.length) writeFileSync(join(PRECOMPRESSED_DIR, (files.br = `${i}.br`)), br);
    if (gz.length < body.length) writeFileSync(join(PRECOMPRESSED_DIR, (files.gzip = `${i}.gz`)), gz);
    entries.push({ path, status: 200, headers, files });
    raw += body.length;
    brotli += Math.min(br.length, body.length);
  }
  writeFileSync(join(PRECOMPRESSED_DIR, 'manifest.json'), JSON.stringify({ entries }, null, 1));
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`precompressed ${entries.length} responses (${kb(raw)} → ${kb(brotli)} brotli) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  server.stop();
}
