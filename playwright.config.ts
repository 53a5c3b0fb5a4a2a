import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { Edition } from './tests/e2e/edition';

/** Port of the production Node server the tests start (not 3000, so a running dev server does not clash). */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Port of nginx serving the static edition (out/, npm run export). */
const STATIC_PORT = PORT + 100;
/** The public origin the tests' build is made for (npm test sets SITE_URL to it). */
export const E2E_SITE_URL = `http://localhost:${PORT}`;

/** Debian's Chromium where it is installed (CI, these machines); Playwright's own browser elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** An edition's project: its origin, and a news site on another origin (port + 1) that embeds it. */
function edition(name: Edition, port: number) {
  return { name, use: { baseURL: `http://localhost:${port}`, edition: name, hostOrigin: `http://localhost:${port + 1}` } };
}

/** A news site on another origin that embeds the map served on `port` (tests/e2e/embed.spec.ts). */
function hostServer(port: number) {
  return {
    command: 'node tests/e2e/host-server.mjs',
    url: `http://localhost:${port + 1}/blank.html`,
    env: { HOST_PORT: String(port + 1), MAP_ORIGIN: `http://localhost:${port}` },
    reuseExistingServer: !process.env.CI,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time keeps WebGL (SwiftShader) timings sane
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      // Root needs --no-sandbox; the rest stop Chromium's background calls, which this closed network refuses.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
  },
  projects: [edition('node', PORT), edition('static', STATIC_PORT)],
  webServer: [
    {
      // The production build, as readers get it: `npm test` builds before it runs these tests.
      command: 'node .server/main.mjs',
      env: { PORT: String(PORT), NODE_ENV: 'production' },
      url: `http://localhost:${PORT}/api/layers`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    hostServer(PORT),
    {
      // The static edition, as a CDN or any static host would serve it: `npm test` exports it.
      command: `bash scripts/serve-static.sh ${STATIC_PORT} out`,
      url: `http://localhost:${STATIC_PORT}/api/layers/talks`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    hostServer(STATIC_PORT),
  ],
});
