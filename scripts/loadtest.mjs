// npm run loadtest: autocannon against the production Node server and against nginx serving the
// static edition (out/), on this machine (loopback only). For each target, LOADTEST_SECONDS
// (default 30) at 50 connections, asking for brotli as browsers do; prints requests per second,
// p99 latency, errors and non-2xx answers (both must be 0), and the Node server's memory before
// and after. Builds and exports first when there is no build or no out/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startProductionServer, waitForAnswer } from './production-server.ts';
import { LAYERS } from '../lib/layers/layers.ts';
import { LAYER_IDS } from '../lib/layers/registry.ts';

const NODE_PORT = Number(process.env.LOADTEST_PORT ?? 3300);
const NGINX_PORT = NODE_PORT + 1;
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);
const CONNECTIONS = 50;
/** What a browser sends: the pages and layers go out precompressed. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
/** The largest layer, the one of day-by-day figures: an embed of it alone is the heaviest single-layer read. */
const DATED = LAYERS.find((layer) => layer.dated).id;
const NODE_TARGETS = ['/embed', '/', `/embed?layers=${DATED}&title=0`, '/api/layers', ...LAYER_IDS.map((id) => `/api/layers/${id}`)];
const NGINX_TARGETS = ['/embed', '/', `/embed?layers=${DATED}&title=0`, `/api/layers/${DATED}`];

if (!existsSync('out/_nginx/headers.conf')) {
  console.log('no static edition yet: running npm run export');
  if (spawnSync('npm', ['run', 'export'], { stdio: 'inherit', env: { ...process.env, EXPORT_REUSE_BUILD: '1' } }).status !== 0) process.exit(1);
}

/** Starts nginx on the static edition and resolves once it answers. */
async function startNginx() {
  const child = spawn('bash', ['scripts/serve-static.sh', String(NGINX_PORT), 'out'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const base = `http://127.0.0.1:${NGINX_PORT}`;
  await waitForAnswer(`${base}/api/layers/${DATED}`, 60); // it may install nginx first
  return { base, stop: () => process.kill(-child.pid, 'SIGTERM') };
}

let bad = 0;
/** Runs each target for SECONDS and prints a row per target. */
async function run(label, base, targets) {
  for (const path of targets) await (await fetch(base + path, { headers: HEADERS })).arrayBuffer();
  for (const path of targets) {
    const r = await autocannon({ url: base + path, connections: CONNECTIONS, duration: SECONDS, headers: HEADERS });
    bad += r.errors + r.timeouts + r.non2xx;
    console.log(
      `${label.padEnd(6)} ${path.padEnd(32)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p99).padStart(8)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)} ${(r.throughput.average / 1e6).toFixed(1).padStart(6)}`,
    );
  }
}

const server = await startProductionServer(NODE_PORT);
const rssMiB = () => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};
let nginx;
try {
  nginx = await startNginx();
  const before = rssMiB();
  console.log(`load test: ${SECONDS} s per target, ${CONNECTIONS} connections, Accept-Encoding "${HEADERS['accept-encoding']}", Node server RSS ${before.toFixed(0)} MiB\n`);
  console.log('server target                             req/s   p99 ms  errors  non-2xx   MB/s');
  await run('node', server.base, NODE_TARGETS);
  const after = rssMiB();
  await run('nginx', nginx.base, NGINX_TARGETS);
  console.log(`\nNode server RSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after (${(after - before).toFixed(0)} MiB)`);
  console.log(bad === 0 ? 'ok: no errors, no non-2xx answers' : `FAILED: ${bad} errors, timeouts or non-2xx answers`);
  process.exitCode = bad === 0 ? 0 : 1;
} finally {
  server.stop();
  nginx?.stop();
}
