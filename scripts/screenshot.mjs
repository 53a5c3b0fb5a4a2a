// Takes a screenshot of a page of the running app in headless Chromium, once the map is ready.
// Usage: node scripts/screenshot.mjs [path-and-query] [out.png] [width] [height]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const [path = '/', out = 'screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()));
page.on('pageerror', (e) => console.error('page error:', e.message));
const t0 = Date.now();
await page.goto(base + path);
await page.waitForSelector('[data-map-ready="true"]', { timeout: 30_000 });
console.log(`ready after ${Date.now() - t0} ms`);
await page.screenshot({ path: out });
await browser.close();
