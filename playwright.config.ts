import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Port of the production server the tests start (not 3000, so a running dev server does not clash). */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** Port of the other-origin "news site" that embeds the map. */
export const HOST_PORT = PORT + 1;

/** Debian's Chromium where it is installed (CI, these machines); Playwright's own browser elsewhere. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time keeps WebGL (SwiftShader) timings sane
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath,
      // Root needs --no-sandbox; the rest stop Chromium's background calls, which this closed network refuses.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // The production build, as readers get it: `npm test` builds before it runs these tests.
      command: `node server.mjs`,
      env: { PORT: String(PORT), NODE_ENV: 'production' },
      url: `http://localhost:${PORT}/api/layers`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A news site on another origin that embeds the map (tests/e2e/embed.spec.ts).
      command: `node tests/e2e/host-server.mjs`,
      url: `http://localhost:${HOST_PORT}/blank.html`,
      env: { HOST_PORT: String(HOST_PORT), MAP_ORIGIN: `http://localhost:${PORT}` },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
