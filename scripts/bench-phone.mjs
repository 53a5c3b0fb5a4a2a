// The phone run of `npm run bench` (and alone: `npm run bench:phone`). Prints, for the embed as a phone
// reader meets it:
// 1. Lighthouse mobile (its default simulated throttling) on /embed and on a bare MapLibre page drawing the same
//    layers, alternating, with medians and min–max;
// 2. the embed's own layout shift (CLS) at 375, 412 and 640 px with a 4× slower CPU, both editions;
// 3. in an article column with the oEmbed snippet and embed.js: the frame's height, the map's share of it, and the
//    host page's CLS, at 343 and 640 px, both editions.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { measureEmbedLayoutShift, measureHostArticle } from '../tests/support/phone-embed.ts';
import { startProductionServer, waitForAnswer } from './production-server.ts';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs, digits = 0) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const CHROME = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** The embed pages: every row of lib/page/pages.json whose kind is "embed". */
const EMBEDS = JSON.parse(readFileSync('lib/page/pages.json', 'utf8')).filter((row) => row.kind === 'embed').map((row) => row.path);

/** One Lighthouse mobile run (simulated throttling, performance only), in its own process group, killed after 120 s. */
function lighthouse(url) {
  const out = join(tmpdir(), `lighthouse-phone-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run';
  return new Promise((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'lighthouse'), [url, '--only-categories=performance', `--chrome-path=${CHROME}`, `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'], {
      detached: true,
      stdio: 'ignore',
    });
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(out)) return reject(new Error(`lighthouse exited ${code} on ${url}`));
      const report = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out);
      const value = (id) => report.audits[id]?.numericValue ?? NaN;
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        si: value('speed-index'),
      });
    });
  });
}

/**
 * Runs the phone section against a running server at `base` (the bare page must be in public/bench/, as
 * scripts/write-bench-style.ts writes it), with `runs` Lighthouse runs per page.
 */
export async function phoneBench({ base, runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) }) {
  console.log(`\n5. Phone: Lighthouse mobile (simulated), ${runs} runs per page, alternating`);
  const results = { '/embed': [], bare: [] };
  for (let i = 0; i < runs; i++) {
    results['/embed'].push(await lighthouse(`${base}/embed`));
    results.bare.push(await lighthouse(`${base}/bench/baseline.html`));
  }
  console.log('   page        score          LCP ms               TBT ms          CLS');
  for (const [name, rs] of Object.entries(results)) {
    console.log(
      `   ${name.padEnd(10)} ${spread(rs.map((r) => r.score)).padEnd(14)} ${spread(rs.map((r) => r.lcp)).padEnd(20)} ${spread(rs.map((r) => r.tbt)).padEnd(15)} ${spread(rs.map((r) => r.cls), 3)}`,
    );
  }
  const [ours, bare] = [results['/embed'], results.bare].map((rs) => ({ score: median(rs.map((r) => r.score)), lcp: median(rs.map((r) => r.lcp)) }));
  console.log(`   /embed − bare: score ${ours.score - bare.score >= 0 ? '+' : ''}${ours.score - bare.score} (target ≥ 0), LCP ${(ours.lcp - bare.lcp).toFixed(0)} ms (target ≤ 0)`);

  // The article on another origin: the tests' news site (tests/e2e/host-server.mjs), framing this server.
  const hostPort = Number(new URL(base).port) + 2;
  const host = spawn(process.execPath, ['tests/e2e/host-server.mjs'], { env: { ...process.env, HOST_PORT: String(hostPort), MAP_ORIGIN: base }, stdio: 'ignore' });
  await waitForAnswer(`http://localhost:${hostPort}/blank.html`, 10);
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    console.log('\n6. The embed’s own CLS, 4× slower CPU, 3 loads each (median, max)   target < 0.05');
    for (const path of EMBEDS) {
      const cells = [];
      for (const width of [375, 412, 640]) {
        const xs = [];
        for (let i = 0; i < 3; i++) xs.push((await measureEmbedLayoutShift(browser, `${base}${path}`, width)).cls);
        cells.push(`${width} px ${median(xs).toFixed(3)}, ${Math.max(...xs).toFixed(3)}`);
      }
      console.log(`   ${path.padEnd(10)} ${cells.join('   ')}`);
    }
    console.log('\n7. In an article column, with the snippet and embed.js   targets: map ≥ 55 %, frame ≤ 1.8× column, host CLS < 0.1');
    for (const path of EMBEDS) {
      for (const column of [343, 640]) {
        const r = await measureHostArticle(browser, `http://localhost:${hostPort}`, path, column);
        console.log(
          `   ${path.padEnd(10)} ${String(column).padStart(4)} px: frame ${r.frameHeight} px (${r.first} px at first, ${(r.frameHeight / column).toFixed(2)}× the column), map ${r.mapWidth}×${r.mapHeight} px = ${Math.round(r.share * 100)} % of the frame, host CLS ${r.hostCls.toFixed(3)}`,
        );
      }
    }
  } finally {
    await browser.close();
    host.kill();
  }
}

// Alone (npm run bench:phone): its own production server, and the bare page written as npm run bench writes it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { spawnSync } = await import('node:child_process');
  if (spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/write-bench-style.ts'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const { copyFileSync, mkdirSync } = await import('node:fs');
  mkdirSync('public/bench', { recursive: true });
  copyFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'public/bench/maplibre-gl.css');
  const server = await startProductionServer(Number(process.env.BENCH_PORT ?? 3300));
  try {
    await phoneBench({ base: server.base });
  } finally {
    server.stop();
  }
}
