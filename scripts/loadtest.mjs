// npm run loadtest: autocannon against the production server on this machine (loopback only).
// For each target, LOADTEST_SECONDS (default 30) at 50 connections; prints requests per second,
// p99 latency, errors and non-2xx answers (both must be 0), and the server's memory before and after.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startProductionServer } from './production-server.mjs';

const PORT = Number(process.env.LOADTEST_PORT ?? 3200);
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);
const CONNECTIONS = 50;
const LAYERS = ['basemap', 'coast', 'refugees', 'talks', 'ports', 'context', 'kyiv'];
const TARGETS = ['/', '/embed', '/api/layers', ...LAYERS.map((id) => `/api/layers/${id}`)];

const server = await startProductionServer(PORT);
const BASE = server.base;
const rssMiB = () => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

try {
  // Warm every route once, so that the first-request build of the layers is not measured.
  for (const path of TARGETS) await (await fetch(BASE + path)).arrayBuffer();
  const before = rssMiB();
  console.log(`load test: ${SECONDS} s per target, ${CONNECTIONS} connections, server RSS ${before.toFixed(0)} MiB\n`);
  console.log('target                  req/s    p99 ms   errors  non-2xx   MB/s');
  let bad = 0;
  for (const path of TARGETS) {
    const r = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: SECONDS });
    bad += r.errors + r.timeouts + r.non2xx;
    console.log(
      `${path.padEnd(22)} ${r.requests.average.toFixed(0).padStart(6)} ${String(r.latency.p99).padStart(9)} ${String(r.errors + r.timeouts).padStart(8)} ${String(r.non2xx).padStart(8)} ${(r.throughput.average / 1e6).toFixed(1).padStart(6)}`,
    );
  }
  const after = rssMiB();
  console.log(`\nserver RSS: ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after (${(after - before).toFixed(0)} MiB)`);
  console.log(bad === 0 ? 'ok: no errors, no non-2xx answers' : `FAILED: ${bad} errors, timeouts or non-2xx answers`);
  process.exitCode = bad === 0 ? 0 : 1;
} finally {
  server.stop();
}
