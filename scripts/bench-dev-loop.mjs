// npm run bench:dev: how long `npm run dev` takes from a saved change to an open page showing it,
// without touching the page: a component, a layer module and a file of geodata/, each changed and
// changed back RUNS times (a change and its undo each count). Prints every figure, then median and
// range per kind. Restores every file it touched, whatever happens. See README ("A dev loop").
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.DEV_BENCH_PORT ?? 3500);
const RUNS = Number(process.env.DEV_BENCH_RUNS ?? 3);
const BASE = `http://localhost:${PORT}`;

/** Each kind of change: the file, the text it holds, what replaces it, and where the page shows it. */
const CHANGES = [
  { kind: 'component', file: 'components/map/MapApp.tsx', find: '{m.page.kicker}', marker: (n) => `{'kicker-${n}'}`, shows: (n) => `kicker-${n}` },
  { kind: 'layer module', file: 'lib/layers/kyiv/index.ts', find: "description: {\n    en: \"The capital,", marker: (n) => `description: {\n    en: "layer-${n}: The capital,`, shows: (n) => `layer-${n}: The capital` },
  { kind: 'geodata/', file: 'geodata/places.json', find: '"summary": "Zelenskyy\'s office in Kyiv', marker: (n) => `"summary": "geodata-${n}: Zelenskyy's office in Kyiv`, shows: (n) => `geodata-${n}: Zelenskyy` },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const originals = new Map(CHANGES.map((c) => [c.file, readFileSync(c.file, 'utf8')]));
for (const c of CHANGES) if (!originals.get(c.file).includes(c.find)) throw new Error(`${c.file} no longer holds ${JSON.stringify(c.find)}: update scripts/bench-dev-loop.mjs`);
const restore = () => originals.forEach((text, file) => writeFileSync(file, text));

const dev = spawn('npm', ['run', 'dev', '--', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
let log = '';
dev.stdout.on('data', (chunk) => (log += chunk));
const stop = () => {
  restore();
  try {
    process.kill(-dev.pid, 'SIGTERM');
  } catch {}
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  for (let i = 0; ; i += 1) {
    if (i > 240) throw new Error(`npm run dev did not answer on ${BASE}:\n${log}`);
    try {
      if ((await fetch(`${BASE}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  const times = Object.fromEntries(CHANGES.map((c) => [c.kind, []]));
  console.log(`bench:dev: ${RUNS} changes and undos of each kind, saved with the page open on ${BASE}/`);
  for (let run = 1; run <= RUNS; run += 1) {
    for (const change of CHANGES) {
      const original = originals.get(change.file);
      for (const [label, text, present] of [
        ['change', original.replace(change.find, change.marker(run)), true],
        ['undo', original, false],
      ]) {
        const saved = performance.now();
        writeFileSync(change.file, text);
        // The page reloads itself; what it shows is read from its DOM, not asked for.
        await page.waitForFunction(([marker, shown]) => (document.body.textContent ?? '').includes(marker) === shown, [change.shows(run), present], { timeout: 60_000, polling: 50 });
        const ms = performance.now() - saved;
        times[change.kind].push(ms);
        console.log(`  ${change.kind} ${label} ${run}: ${(ms / 1000).toFixed(2)} s`);
        await page.waitForLoadState('load');
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }
  console.log('\nsaved change → shown in the open page (median, range):');
  for (const [kind, xs] of Object.entries(times)) {
    console.log(`  ${kind}: ${(median(xs) / 1000).toFixed(2)} s (${(Math.min(...xs) / 1000).toFixed(2)}–${(Math.max(...xs) / 1000).toFixed(2)} s, n=${xs.length})`);
  }
} finally {
  await browser.close();
  stop();
}
