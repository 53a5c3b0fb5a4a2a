import { type Frame, type Page } from '@playwright/test';
import { expect, nodeOnly, test } from './edition';
import { E2E_SITE_URL } from '../../playwright.config';
import { TOGGLEABLE_LAYER_IDS } from '@/lib/layers/registry';
import { styleLayerIds } from '@/lib/map/style-layers';
import { PALETTE_DARK } from '@/lib/config';
import { canvasColours, watchPage } from './map-page';

/** The map's frame on a host page, once its map is ready. */
async function mapFrame(page: Page): Promise<Frame> {
  // Chromium pauses rendering in cross-origin frames out of view: scroll to the map, as a reader does.
  await page.locator('iframe').first().scrollIntoViewIfNeeded();
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle!.contentFrame();
  await expect(frame!.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
  return frame!;
}

/** Distinct rendered features of each toggleable layer inside a frame. */
async function renderedInFrame(frame: Frame): Promise<Record<string, string[]>> {
  const ids = Object.fromEntries(TOGGLEABLE_LAYER_IDS.map((id) => [id, styleLayerIds(id)]));
  return frame.evaluate((layerIds) => {
    const map = window.__map!;
    return Object.fromEntries(
      Object.entries(layerIds).map(([layer, styleIds]) => {
        const present = styleIds.filter((id) => map.getLayer(id));
        const found = present.length ? map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties?.id)) : [];
        return [layer, [...new Set(found)].sort()];
      }),
    );
  }, ids);
}

test.describe('the map embedded in an article on another site', () => {
  test('draws only the chosen layers, toggles inside the frame, and keeps the frame at the height the embed reports', async ({ page, hostOrigin }) => {
    const watch = watchPage(page);
    await page.goto(`${hostOrigin}/article.html`);
    const frame = await mapFrame(page);

    const rendered = await renderedInFrame(frame);
    expect(rendered.refugees).toEqual(expect.arrayContaining(['flow-poland-2022-03-03', 'flow-hungary-2022-03-03', 'flow-belarus-2022-03-03']));
    for (const layer of ['talks', 'cities', 'ports', 'kyiv', 'context']) expect(rendered[layer], layer).toEqual([]);

    // Toggling inside the frame works.
    await frame.getByRole('checkbox', { name: /^ports/i }).check();
    await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
    await expect.poll(async () => (await renderedInFrame(frame)).ports).toEqual(expect.arrayContaining(['kherson', 'mariupol']));

    // The embed fills the frame's 575 px and reports just that: the loader has heard it, and the frame keeps its height.
    const iframe = page.locator('iframe#map');
    const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    await expect.poll(() => iframe.getAttribute('data-reported-height')).toBe(String(contentHeight));
    expect(contentHeight).toBe(575);
    expect(Math.round((await iframe.boundingBox())!.height)).toBe(575);
    expect(watch.errors).toEqual([]);
  });

  test('a frame too short for the embed grows to the embed’s least, which keeps a map', async ({ page, hostOrigin }) => {
    await page.goto(`${hostOrigin}/column.html?embed=/embed&column=343&height=220`);
    const frame = await mapFrame(page);
    const iframe = page.locator('iframe');
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBeGreaterThan(220);
    const reported = Number(await iframe.getAttribute('data-reported-height'));
    expect(Math.round((await iframe.boundingBox())!.height)).toBe(reported);
    expect((await frame.locator('.embed__map').boundingBox())!.height).toBeGreaterThanOrEqual(180);
  });

  test('a wheel over the map without Ctrl scrolls the article and leaves the zoom alone', async ({ page, hostOrigin }) => {
    await page.goto(`${hostOrigin}/article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('iframe#map');
    await iframe.scrollIntoViewIfNeeded();
    const zoomBefore = await frame.evaluate(() => window.__map!.getZoom());
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const box = (await iframe.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
    expect(await frame.evaluate(() => window.__map!.getZoom())).toBeCloseTo(zoomBefore, 6);
    // MapLibre's cooperative-gestures hint tells the reader how to zoom.
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(1);
  });

  test('the embed dialog’s snippet, pasted into a blank page on another site, shows the same map', async ({ page, baseURL, hostOrigin }) => {
    await page.goto('/?layers=ports,kyiv&view=32.0000,48.5000,5.00');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    const snippet = await dialog.getByLabel('Embed code').inputValue();
    // The layers in the panel's order, the story's: Kyiv first.
    expect(snippet).toContain(`src="${baseURL}/embed?layers=kyiv,ports&amp;view=32.0000,48.5000,5.00"`);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('allow="fullscreen"');
    expect(snippet).toContain('title="Map: Ukraine on 3\u00a0March 2022');
    expect(snippet).toMatch(/<a href="[^"]+\/\?layers=kyiv,ports&amp;view=/);
    expect(snippet).toContain(`<script src="${baseURL}/embed.js" async></script>`);
    // The live preview in the dialog draws too.
    const preview = dialog.frameLocator('iframe');
    await expect(preview.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();

    const host = await page.context().newPage();
    await host.goto(`${hostOrigin}/blank.html`);
    await host.setContent(`<h1>Pasted</h1>${snippet}<p>After the map.</p>`);
    const frame = await mapFrame(host);
    const rendered = await renderedInFrame(frame);
    expect(rendered.ports).toEqual(expect.arrayContaining(['kherson', 'mariupol']));
    expect(rendered.kyiv).toEqual(['kyiv']);
    expect(rendered.talks).toEqual([]);
    expect(rendered.refugees).toEqual([]);
    const camera = await frame.evaluate(() => ({ ...window.__map!.getCenter(), zoom: window.__map!.getZoom() }));
    expect(camera.lng).toBeCloseTo(32, 3);
    expect(camera.lat).toBeCloseTo(48.5, 3);
    expect(camera.zoom).toBeCloseTo(5, 2);
    await expect.poll(async () => Number(await host.locator('iframe').getAttribute('data-reported-height'))).toBeGreaterThan(200);
  });
});

test.describe('the address applied before any framework code runs', () => {
  test('no title that title=0 removes, no light flash under theme=dark, no key of a layer switched off; the map draws the chosen layers', async ({ page }) => {
    // React never arrives: what the reader sees is the built HTML and the page's two inline scripts.
    await page.route('**/_pages/**/*.js', (route) => route.abort());
    await page.goto('/embed?title=0&theme=dark&layers=talks,kyiv');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 25, 31)');
    await expect(page.locator('.embed__header')).toBeHidden();
    await expect(page.locator('[data-legend-layer="talks"]')).toBeVisible();
    await expect(page.locator('[data-legend-layer="ports"]').first()).toBeHidden();
    await expect(page.locator('[data-legend-layer="refugees"]')).toBeHidden();
    // Hints for exactly the layers the map draws: their labels preloaded for the page, the layers prefetched for MapLibre's worker.
    const hints = (selector: string) => page.evaluate((s) => [...document.querySelectorAll<HTMLLinkElement>(s)].map((l) => new URL(l.href).pathname).sort(), selector);
    const drawnIds = ['basemap', 'coast', 'kyiv', 'talks'];
    expect(await hints('link[rel="preload"][as="fetch"]')).toEqual(drawnIds.map((id) => `/api/labels/${id}`));
    expect(await hints('link[rel="prefetch"]')).toEqual(drawnIds.map((id) => `/api/layers/${id}`));
    // The boot script drew the map, in the dark scheme, with the address's layers only.
    await expect.poll(() => page.evaluate(() => window.__earlyMap?.map?.loaded() ?? false), { timeout: 30_000 }).toBe(true);
    const drawn = await page.evaluate(() => ({ scheme: window.__earlyMap!.scheme, sources: Object.keys(window.__earlyMap!.map!.getStyle().sources).sort() }));
    expect(drawn).toEqual({ scheme: 'dark', sources: ['basemap', 'coast', 'kyiv', 'talks'] });
    // It says so when every source is loaded, and the loading notice goes: the map is complete.
    await expect(page.locator('html')).toHaveAttribute('data-map-drawn', 'true', { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: /loading/i })).toBeHidden();
    // Drawn, not blank: Ukraine's dark fill, the neighbours and the sea, with the talks' purple on them.
    const { distinct, share } = await canvasColours(page.locator('.maplibregl-canvas'));
    expect(distinct).toBeGreaterThan(50);
    expect(share(PALETTE_DARK.ukraine)).toBeGreaterThan(0.05);
    expect(share(PALETTE_DARK.land)).toBeGreaterThan(0.02);
    expect(share(PALETTE_DARK.sea)).toBeGreaterThan(0.02);
    expect(share(PALETTE_DARK.talks)).toBeGreaterThan(0);
  });

  test('with React, the page keeps what the address asked for: same layers, no title, dark', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/embed?title=0&theme=dark&layers=talks,kyiv&legend=0');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.embed__header')).toHaveCount(0);
    await expect(page.locator('.embed__legend')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page.getByRole('checkbox', { name: /^talks/i })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^ports/i })).not.toBeChecked();
    // Only the chosen layers were asked for, once each; React took over the boot script's map.
    const layerRequests = watch.requests.filter((url) => /\/api\/la(yers|bels)\//.test(url)).map((url) => new URL(url).pathname);
    expect(layerRequests.filter((p) => /ports|refugees|context/.test(p))).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('canvas').length)).toBe(1);
    expect(watch.errors).toEqual([]);

    // The first script's rules are gone once React runs: a layer switched on now shows its key.
    await page.goto('/embed?layers=talks');
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => document.getElementById('page-prepaint'))).toBeNull();
    await page.getByRole('checkbox', { name: /^ports/i }).check();
    await expect(page.locator('[data-legend-layer="ports"]').first()).toBeVisible();
  });
});

test.describe('/embed with hostile or broken query values', () => {
  const hostile = [
    'layers=<script>window.__pwned=1</script>&view=NaN,999',
    `layers=${'talks,'.repeat(1000)}&title=<img src=x onerror="window.__pwned=1">`,
    'view=1e309,1e309,1e309&bbox=a,b,c,d&theme=javascript:alert(1)&legend=yes&controls=%00',
    `title=${'x'.repeat(8000)}&layers=%E0%A4%A&view=30,50,-99`,
  ];
  for (const query of hostile) {
    test(`renders the default map for ${query.slice(0, 48)}…`, async ({ page }) => {
      const watch = watchPage(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`/embed?${query}`);
      await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img[src="x"], script:not([src]):has-text("__pwned")').count()).toBe(0);
      expect(dialogs).toBe(0);
      const ids = await page.evaluate(() => {
        const map = window.__map!;
        return [...new Set(map.queryRenderedFeatures().map((f) => String(f.properties?.id)))];
      });
      const expected = ['talks-round-1', 'talks-round-2', 'kherson', 'flow-poland-2022-03-03', 'kyiv', 'moscow'];
      expect(expected.filter((id) => !ids.includes(id))).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
});

test.describe('framing headers and oEmbed', () => {
  test('/embed may be framed by any site; every other page only by the app', async ({ request }) => {
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors \*(;|$)/);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    for (const path of ['/', '/api/layers', '/api/layers/talks']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'self'(;|$)/);
      expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
    }
  });

  test('/ and /embed point their oEmbed discovery link at the oEmbed file of the map’s canonical URL', async ({ page, request }) => {
    for (const path of ['/?layers=talks', '/embed?layers=talks']) {
      await page.goto(path);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      // The pages are built once, for SITE_URL (npm test builds for the Node server's origin).
      expect(href).toBe(`${E2E_SITE_URL}/oembed.json`);
    }
    // This edition serves that file: what /api/oembed answers for the canonical URL.
    const file = await request.get('/oembed.json');
    expect(file.headers()['content-type']).toMatch(/^application\/json/);
    expect(file.headers()['access-control-allow-origin']).toBe('*');
    const body = (await file.json()) as { type: string; html: string; width: number; height: number };
    expect(body).toMatchObject({ type: 'rich', version: '1.0', width: 640 });
    expect(body.html).toContain(`src="${E2E_SITE_URL}/embed?layers=${TOGGLEABLE_LAYER_IDS.join(',')}"`);
    expect(body.html).toContain(`<script src="${E2E_SITE_URL}/embed.js" async></script>`);
  });

  test('a real oEmbed client (@extractus/oembed-extractor) reads the map’s oEmbed', async ({ baseURL, edition }) => {
    nodeOnly(edition, 'the oEmbed endpoint answers queries (url, maxwidth); the static edition publishes the canonical answer as a file, tested above');
    const { extract, setProviderList } = await import('@extractus/oembed-extractor');
    setProviderList([
      {
        provider_name: 'Ukraine map',
        provider_url: `${baseURL}/`,
        endpoints: [{ schemes: [`${baseURL}/*`], url: `${baseURL}/api/oembed` }],
      },
    ]);
    // The client always calls registered providers over https; the test server speaks plain http.
    const overHttp = (url: string) => fetch(url.replace(/^https:/, 'http:'));
    const result = (await extract(`${baseURL}/embed?layers=refugees`, { maxwidth: 480 }, overHttp)) as Record<string, unknown>;
    expect(result.method).toBe('provider-api');
    expect(result.type).toBe('rich');
    expect(result.version).toBe('1.0');
    expect(result.width).toBe(480);
    expect(result.height).toBe(400);
    expect(String(result.html)).toContain(`${baseURL}/embed?layers=refugees`);

    // With no provider registered, the client finds the endpoint through the page's discovery link.
    setProviderList([]);
    const discovered = (await extract(`${baseURL}/?layers=talks`)) as Record<string, unknown>;
    expect(discovered.method).toBe('auto-discovery');
    expect(discovered.type).toBe('rich');
    expect(String(discovered.html)).toContain(`${baseURL}/embed?layers=`);
  });
});
