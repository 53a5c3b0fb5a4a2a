// npm run lighthouse: Lighthouse's accessibility audit of / and /embed against the production
// server, with Debian's Chromium. Prints the scores and fails below 95.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProductionServer } from './production-server.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
const MIN_SCORE = 95;
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const server = await startProductionServer(PORT);
let failed = false;
try {
  for (const path of ['/', '/embed']) {
    const out = join(tmpdir(), `lighthouse-${process.pid}.json`);
    const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    const result = spawnSync(
      join('node_modules', '.bin', 'lighthouse'),
      [`${server.base}${path}`, '--only-categories=accessibility', `--chrome-path=${chrome}`, `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'],
      { stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed on ${path}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out);
    const score = Math.round(report.categories.accessibility.score * 100);
    const failing = Object.values(report.audits).filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    console.log(`${path.padEnd(8)} accessibility ${score}${failing.length ? `  (failing: ${failing.join(', ')})` : ''}`);
    if (score < MIN_SCORE) failed = true;
  }
} finally {
  server.stop();
}
process.exitCode = failed ? 1 : 0;
