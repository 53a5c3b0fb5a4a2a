// npm run lighthouse: Lighthouse's accessibility audit of / and /embed against the production
// server, with Debian's Chromium. Prints the scores and fails below 95.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
const MIN_SCORE = 95;
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync('.next/BUILD_ID') && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = spawn(process.execPath, ['server.mjs'], {
  env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
  stdio: 'ignore',
});
let failed = false;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/layers`)).ok) break;
    } catch {}
    if (i > 100) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const path of ['/', '/embed']) {
    const out = join(tmpdir(), `lighthouse-${process.pid}.json`);
    const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run';
    const result = spawnSync(
      join('node_modules', '.bin', 'lighthouse'),
      [`http://127.0.0.1:${PORT}${path}`, '--only-categories=accessibility', `--chrome-path=${chrome}`, `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'],
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
  server.kill();
}
process.exitCode = failed ? 1 : 0;
