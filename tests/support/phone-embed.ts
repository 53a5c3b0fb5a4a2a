// What a phone reader meets in an article: the embed's own layout shift on a slow phone, and the frame in an
// article column (its height, the map's share of it, the host page's layout shift). Used by the end-to-end tests
// (tests/e2e/phone-embed.spec.ts) and by the bench's phone run (scripts/bench-phone.mjs), so both measure alike.
import type { Browser, Page } from '@playwright/test';

/** A layout shift the page did not ask for, with what moved. */
export interface Shift {
  value: number;
  sources: string[];
}

/** Adds a PerformanceObserver of layout shifts before the page loads; read with `layoutShifts(page)`. */
async function observeLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    const describe = (node: Node | null | undefined) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\s+/).join('.') : ''}` : String(node?.nodeName ?? '?');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (!entry.hadRecentInput) w.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
const sumOf = (shifts: Shift[]) => shifts.reduce((total, s) => total + s.value, 0);

/**
 * Loads an embed page on its own at `width` × 800 CSS px, as a phone's browser with a 4× slower CPU, until its
 * map is ready and a second after, and returns its cumulative layout shift and each shift.
 */
export async function measureEmbedLayoutShift(browser: Browser, url: string, width: number, cpuSlowdown = 4): Promise<{ cls: number; shifts: Shift[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, isMobile: width < 600, hasTouch: width < 600 });
  const page = await context.newPage();
  // The page a reader looks at: a page in the background may paint no frame, and the map never settles.
  await page.bringToFront();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await observeLayoutShifts(page);
    await page.goto(url);
    await page.locator('[data-map-ready="true"]').waitFor({ timeout: 90_000 });
    await page.waitForTimeout(1000);
    const shifts = await layoutShifts(page);
    return { cls: sumOf(shifts), shifts };
  } finally {
    await context.close();
  }
}

/** The embed in an article column, measured once its map is ready and the loader has had its say. */
export interface HostArticle {
  /** The frame's height at the first paint of the article, CSS px (the snippet's). */
  first: number;
  /** The frame's height at the end. */
  frameHeight: number;
  /** The height the embed reported and the loader heard (its `data-reported-height`), or null if it heard none. */
  reported: number | null;
  mapWidth: number;
  mapHeight: number;
  /** The map's height over the frame's (the map spans the frame's width). */
  share: number;
  /** Whether the whole map lies inside the frame. */
  mapInside: boolean;
  /** The host page's own cumulative layout shift. */
  hostCls: number;
  hostShifts: Shift[];
}

/**
 * Opens the host server's article (tests/e2e/host-server.mjs, `/column.html`), which pastes the oEmbed snippet of the
 * embed at `path` into a column `column` px wide, on a screen 32 px wider, and measures it; `loader: false` leaves
 * `embed.js` out, as a site that strips scripts does.
 */
export async function measureHostArticle(browser: Browser, hostOrigin: string, path: string, column: number, { loader = true } = {}): Promise<HostArticle> {
  const context = await browser.newContext({ viewport: { width: column + 32, height: 800 }, isMobile: column < 600, hasTouch: column < 600 });
  const page = await context.newPage();
  await page.bringToFront();
  try {
    await observeLayoutShifts(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const frame = document.querySelector('iframe');
        (window as unknown as { __firstHeight: number }).__firstHeight = frame ? frame.getBoundingClientRect().height : 0;
      });
    });
    await page.goto(`${hostOrigin}/column.html?embed=${encodeURIComponent(path)}&column=${column}${loader ? '' : '&loader=0'}`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    // The loader sizes the frame from the embed's message: give it time to arrive and be applied.
    if (loader) await page.waitForFunction(() => document.querySelector('iframe')?.hasAttribute('data-reported-height'), null, { timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(500);
    const iframe = (await page.locator('iframe').boundingBox())!;
    const map = (await frame.locator('.embed__map').boundingBox())!;
    const shifts = await layoutShifts(page);
    const reported = await page.locator('iframe').getAttribute('data-reported-height');
    return {
      first: Math.round(await page.evaluate(() => (window as unknown as { __firstHeight: number }).__firstHeight)),
      frameHeight: Math.round(iframe.height),
      reported: reported === null ? null : Number(reported),
      mapWidth: Math.round(map.width),
      mapHeight: Math.round(map.height),
      share: map.height / iframe.height,
      mapInside: map.y >= iframe.y - 0.5 && map.y + map.height <= iframe.y + iframe.height + 0.5,
      hostCls: sumOf(shifts),
      hostShifts: shifts,
    };
  } finally {
    await context.close();
  }
}
