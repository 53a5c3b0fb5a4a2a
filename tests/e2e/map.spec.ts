import { PAGES } from '@/lib/page/pages';
import { isDrawnAt } from '@/lib/layers/drawn-with';
import { expect, test } from './edition';
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { PALETTE, PALETTE_DARK } from '@/lib/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { layerLabels } from '@/lib/layers/layer-labels';
import { TOGGLEABLE_LAYER_IDS } from '@/lib/layers/registry';
import { MAPLIBRE_URL, MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';
import { canvasColours, openMap, renderedFeatureIds, waitForReady, watchPage } from './map-page';
import { readFileSync } from 'node:fs';

/** The cities the layer's rule admits (geodata/cities.json), by feature id. */
const CITY_RECORDS = JSON.parse(readFileSync('geodata/cities.json', 'utf8')) as { id: string; drawnWith?: { place: string; belowZoom: number } }[];
const CITY_IDS = CITY_RECORDS.map((c) => c.id).sort();
/** What says at which zooms each town is drawn, as the layer's features carry it. */
const CITY_PROPERTIES = new Map(CITY_RECORDS.map((c) => [c.id, c.drawnWith ? { drawnWith: c.drawnWith.place, drawnWithBelowZoom: c.drawnWith.belowZoom } : {}]));

test.describe('the map page', () => {
  test('draws every layer: basemap, coast, talks, cities under fire, ports, refugees, Kyiv and context', async ({ page }) => {
    const watch = watchPage(page);
    await openMap(page);
    expect(await renderedFeatureIds(page, 'basemap')).toEqual(expect.arrayContaining(['country-804', 'country-643', 'crimea']));
    expect(await renderedFeatureIds(page, 'coast')).toEqual(['coast-black-sea', 'coast-sea-of-azov']);
    expect(await renderedFeatureIds(page, 'talks')).toEqual(['talks-round-1', 'talks-round-1-area', 'talks-round-2', 'talks-round-2-area']);
    expect(await renderedFeatureIds(page, 'ports')).toEqual(
      expect.arrayContaining(['kherson', 'kherson-ring', 'mariupol', 'mariupol-ring', 'odesa', 'mykolaiv', 'berdiansk']),
    );
    expect(await renderedFeatureIds(page, 'refugees')).toEqual(
      expect.arrayContaining(['flow-poland-2022-03-03', 'flow-hungary-2022-03-03', 'flow-moldova-2022-03-03', 'flow-slovakia-2022-03-03', 'flow-romania-2022-03-03', 'flow-russia-2022-03-03', 'flow-belarus-2022-03-03', 'crossing-medyka']),
    );
    // One day's arrows at a time: 2 March's are in the data but not drawn.
    expect((await renderedFeatureIds(page, 'refugees')).filter((id) => id.endsWith('2022-03-02'))).toEqual([]);
    // Every town, but those drawn with a neighbour at this zoom (lib/layers/drawn-with.ts): its marker stands for them.
    const zoom = await page.evaluate(() => window.__map!.getZoom());
    expect((await renderedFeatureIds(page, 'cities')).sort()).toEqual(CITY_IDS.filter((id) => isDrawnAt(CITY_PROPERTIES.get(id)!, zoom)));
    expect(CITY_IDS.filter((id) => !isDrawnAt(CITY_PROPERTIES.get(id)!, zoom))).toEqual(['irpin-under-fire', 'lysychansk-under-fire']);
    expect(await renderedFeatureIds(page, 'kyiv')).toEqual(['kyiv']);
    expect(await renderedFeatureIds(page, 'context')).toEqual(expect.arrayContaining(['moscow', 'minsk']));
    // MapLibre and its worker came from our own origin (the blank-map trap).
    expect(watch.requests.some((url) => url.endsWith(MAPLIBRE_URL))).toBe(true);
    expect(watch.requests.some((url) => url.endsWith(MAPLIBRE_WORKER_URL))).toBe(true);
    await page.screenshot({ path: test.info().outputPath('map.png') });
  });

  test('the map starts from the server HTML, its script allowed by hash; React adopts it; it draws without that head start', async ({ page, request }) => {
    const response = await request.get('/embed');
    const html = await response.text();
    // The embed starts after its first paint (lib/page/pages.ts): no modulepreload in its HTML; its script imports MapLibre then.
    expect(html).not.toContain('<link rel="modulepreload"');
    const boot = /<script type="module" async="">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(boot).toContain(`"${MAPLIBRE_URL}"`);
    const hash = `'sha256-${createHash('sha256').update(boot!).digest('base64')}'`;
    expect(response.headers()['content-security-policy']).toContain(hash);

    // The map the early map's script drew is the one React uses: one canvas, in the scheme it chose,
    // adopted (the adoption says on the console when it cannot, and makes a map of its own).
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await openMap(page, '/embed');
    expect(warnings.filter((w) => /could not be adopted|could not be loaded/.test(w))).toEqual([]);
    expect(await page.evaluate(() => ({ canvases: document.querySelectorAll('canvas').length, boot: window.__earlyMap }))).toMatchObject({
      canvases: 1,
      boot: { map: null, claimed: true, error: null, failed: [], scheme: 'light' },
    });
    expect(await page.evaluate(() => window.__map?.getContainer().id)).toBe('map-canvas');

    // A page whose boot script never ran still loads MapLibre (from the app) and draws.
    const watch = watchPage(page);
    await page.route('**/embed', async (route) => {
      const original = await route.fetch();
      // The element stays (React hydrates it) but no longer runs, as if an extension had blocked it.
      const body = (await original.text()).replace('<script type="module" async=""', '<script type="text/plain"');
      await route.fulfill({ response: original, body });
    });
    await openMap(page, '/embed');
    expect(await renderedFeatureIds(page, 'refugees')).toEqual(expect.arrayContaining(['flow-poland-2022-03-03']));
    expect(watch.requests.some((url) => url.endsWith(MAPLIBRE_WORKER_URL))).toBe(true);
    expect(watch.errors).toEqual([]);
  });

  for (const { path, start } of PAGES.filter((row) => row.start === 'at-once')) {
    test(`${path} (${start}): MapLibre's worker starts from the head, allowed by hash, before DOMContentLoaded, and the map takes it over`, async ({ page, request }) => {
      const response = await request.get(path);
      const html = await response.text();
      const head = html.slice(0, html.indexOf('</head>'));
      const warm = /<script type="module">([\s\S]*?)<\/script>/.exec(head)?.[1];
      expect(warm).toContain(`"${MAPLIBRE_URL}"`);
      expect(warm).toContain('prewarm()');
      expect(response.headers()['content-security-policy']).toContain(`'sha256-${createHash('sha256').update(warm!).digest('base64')}'`);

      // Deferred modules run in document order, before DOMContentLoaded: the warm-up comes first.
      await page.addInitScript((workerUrl) => {
        const log: string[] = [];
        (window as unknown as { __startLog: string[] }).__startLog = log;
        document.addEventListener('DOMContentLoaded', () => log.push('DOMContentLoaded'));
        const NativeWorker = window.Worker;
        window.Worker = class extends NativeWorker {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            if (String(url).endsWith(workerUrl)) log.push('worker');
          }
        };
      }, MAPLIBRE_WORKER_URL);
      await openMap(page, path);
      const log = await page.evaluate(() => (window as unknown as { __startLog: string[] }).__startLog);
      // The workers were made before the page finished its start, and the map took them over: none after.
      expect(log[0]).toBe('worker');
      expect(log.slice(log.indexOf('DOMContentLoaded'))).toEqual(['DOMContentLoaded']);
    });
  }

  for (const { path, start } of PAGES.filter((row) => row.start === 'after-first-paint')) {
    test(`${path} (${start}) on a phone: nothing of MapLibre, the client code or the layers is asked for before the first paint; then the map draws and React takes it over`, async ({ page, request }) => {
      await page.setViewportSize({ width: 375, height: 667 });
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      // Nothing asked for from the head on a phone: no module script, no modulepreload (the wide frames' hints do not run).
      expect(head).not.toMatch(/<script type="module"|<link rel="modulepreload"/);
      await page.addInitScript(() => {
        const log: { what: string; at: number }[] = [];
        (window as unknown as { __startLog: typeof log }).__startLog = log;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') log.push({ what: 'first-contentful-paint', at: entry.startTime });
        }).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) log.push({ what: entry.name, at: (entry as PerformanceResourceTiming).fetchStart });
        }).observe({ type: 'resource', buffered: true });
      });
      await openMap(page, path);
      await page.waitForTimeout(200);
      const log = await page.evaluate(() => (window as unknown as { __startLog: { what: string; at: number }[] }).__startLog);
      const paint = log.find((e) => e.what === 'first-contentful-paint')!.at;
      const late = (pattern: RegExp) => log.filter((e) => pattern.test(e.what));
      for (const [what, pattern] of [['MapLibre', /maplibre-gl\.mjs$/], ['the client code', /\/_pages\/.*\.js$/], ['the layers', /\/api\/(\w+\/)?(layers|labels)\//]] as const) {
        const fetched = late(pattern);
        expect(fetched.length, what).toBeGreaterThan(0);
        expect(Math.min(...fetched.map((e) => e.at)), `${what} after the first paint at ${paint.toFixed(0)} ms`).toBeGreaterThanOrEqual(paint);
      }
      expect(await page.evaluate(() => ({ canvases: document.querySelectorAll('canvas').length, container: window.__map?.getContainer().id }))).toEqual({ canvases: 1, container: 'map-canvas' });
    });
  }

  // Each page's head is written by components/page/PageDocument.tsx, no longer by Next's metadata.
  for (const [path, locale, kind] of [['/', 'en', 'map'], ['/uk', 'uk', 'map'], ['/embed', 'en', 'embed'], ['/uk/embed', 'uk', 'embed']] as const) {
    test(`${path}: its head names the page (title, description, canonical, viewport, theme colour, icon), and it loads no file of Next's`, async ({ page }) => {
      const watch = watchPage(page);
      await openMap(page, path);
      const words = MESSAGES[locale].page;
      await expect(page).toHaveTitle(kind === 'embed' ? words.embedTitle : words.title);
      const content = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await content('meta[name="description"]')).toBe(words.description);
      expect(await content('meta[name="viewport"]')).toBe('width=device-width, initial-scale=1');
      expect(await content('meta[name="theme-color"]')).toBe(PALETTE.sea);
      // Only the embed asks search engines to leave it: the full map is the page to find.
      expect(await page.locator('meta[name="robots"]').count()).toBe(kind === 'embed' ? 1 : 0);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(path);
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/icon.svg');
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(watch.requests.filter((url) => new URL(url).pathname.startsWith('/_next/'))).toEqual([]);
      expect(watch.requests.some((url) => new URL(url).pathname.startsWith('/_pages/'))).toBe(true);
    });
  }

  test('contract with the pinned MapLibre: the private fields the early map’s adoption uses exist and behave as assumed', async ({ page }) => {
    // components/map/early-map.ts moves the boot script's map into react-map-gl's container through
    // MapLibre's private _container, _resizeObserver and _loaded (as react-map-gl's reuseMaps does).
    // A MapLibre release that renames or changes them must fail here, not silently on readers' pages.
    await page.goto('/embed');
    const contract = await page.evaluate(async (url) => {
      const m = (await import(url)) as typeof import('maplibre-gl');
      const first = Object.assign(document.createElement('div'), { style: 'position:fixed;left:0;top:0;width:300px;height:200px' });
      const second = Object.assign(document.createElement('div'), { style: 'position:fixed;left:0;top:0;width:500px;height:300px' });
      document.body.append(first, second);
      const map = new m.Map({ container: first, style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#123456' } }] } });
      const inner = map as unknown as { _container?: HTMLElement; _resizeObserver?: ResizeObserver; _loaded?: boolean };
      // Before `load`, _loaded is not set (falsy), which adopt() reads as "replay no load".
      const before = { container: inner._container === map.getContainer(), observer: inner._resizeObserver instanceof ResizeObserver, loadedEarly: Boolean(inner._loaded) };
      await new Promise((resolve) => map.once('load', resolve));
      const loaded = inner._loaded;
      // What adopt() does: move the nodes, repoint the container and the observer, resize.
      while (first.firstChild) second.appendChild(first.firstChild);
      inner._container = second;
      inner._resizeObserver!.disconnect();
      inner._resizeObserver!.observe(second);
      map.resize();
      const canvas = map.getCanvas();
      const after = { container: map.getContainer() === second, canvasWidth: canvas.clientWidth, canvasHeight: canvas.clientHeight };
      // The observer now follows the new container: a size change reaches the map.
      second.style.width = '400px';
      await new Promise((resolve) => map.once('resize', resolve));
      const resized = map.getCanvas().clientWidth;
      map.remove();
      return { before, loaded, after, resized };
    }, MAPLIBRE_URL);
    expect(contract).toEqual({
      before: { container: true, observer: true, loadedEarly: false },
      loaded: true,
      after: { container: true, canvasWidth: 500, canvasHeight: 300 },
      resized: 400,
    });
  });

  test('when the early map has loaded before React arrives, React still takes it over: the load reaches the app and the tour moves the camera', async ({ page }) => {
    // Hold the page's client module back, so that the boot script's map finishes loading first.
    let held = 0;
    await page.route('**/_pages/**/*.js', async (route) => {
      held++;
      await page.waitForFunction(() => window.__earlyMap?.map?.loaded() === true, undefined, { timeout: 20_000 }).catch(() => undefined);
      await route.fallback();
    });
    await openMap(page, '/?layers=talks,refugees');
    await page.waitForFunction(() => window.__map?.loaded() === true, undefined, { timeout: 15_000 });
    const before = await page.evaluate(() => window.__map!.getZoom());
    await page.getByRole('button', { name: 'Walk through the story' }).click();
    await expect.poll(() => page.evaluate(() => window.__map!.getZoom()), { timeout: 15_000 }).toBeGreaterThan(before + 0.5);
    expect(held).toBe(1); // the page's one client module was held: the test tested what it says
  });

  test('the canvas shows Ukraine’s fill and the refugee arrows, not a blank background', async ({ page }) => {
    await openMap(page);
    const { distinct, share } = await canvasColours(page.locator('.maplibregl-canvas'));
    expect(distinct).toBeGreaterThan(50);
    expect(share('#fdf1c2')).toBeGreaterThan(0.05); // Ukraine's fill
    expect(share('#f1eee8')).toBeGreaterThan(0.05); // neighbours
    expect(share('#d9e6ee')).toBeGreaterThan(0.02); // sea
    expect(share('#d9e6ee')).toBeLessThan(0.6); // not just the background
  });

  test.describe('layer toggles', () => {
    for (const layer of ['talks', 'cities', 'ports', 'refugees'] as const) {
      test(`turning ${layer} off removes exactly its features, and on brings them back`, async ({ page }) => {
        await openMap(page);
        const before = Object.fromEntries(
          await Promise.all(TOGGLEABLE_LAYER_IDS.map(async (id) => [id, await renderedFeatureIds(page, id)] as const)),
        );
        expect(before[layer]!.length).toBeGreaterThan(0);
        const toggle = page.getByRole('checkbox', { name: new RegExp(`^${layer}`, 'i') });

        await toggle.uncheck();
        await waitForReady(page);
        expect(await renderedFeatureIds(page, layer)).toEqual([]);
        for (const other of TOGGLEABLE_LAYER_IDS.filter((id) => id !== layer)) {
          expect(await renderedFeatureIds(page, other)).toEqual(before[other]);
        }
        expect(page.url()).not.toContain(layer);

        await toggle.check();
        await waitForReady(page);
        expect(await renderedFeatureIds(page, layer)).toEqual(before[layer]);
      });
    }
  });

  test('the cities under fire are drawn in their own orange, and switching the layer off removes it from the pixels', async ({ page }) => {
    const orange = async () => {
      const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
      let n = 0;
      // The points' fill, #c2410c, allowing for antialiasing.
      for (let i = 0; i < png.data.length; i += 4) {
        if (Math.abs(png.data[i]! - 0xc2) < 12 && Math.abs(png.data[i + 1]! - 0x41) < 12 && Math.abs(png.data[i + 2]! - 0x0c) < 12) n++;
      }
      return n;
    };
    await openMap(page, '/?layers=cities');
    expect(await orange()).toBeGreaterThan(CITY_IDS.length * 20); // a point of radius 4 for each city
    await page.getByRole('checkbox', { name: /^cities under fire/i }).uncheck();
    await waitForReady(page);
    expect(await orange()).toBeLessThan(10);
  });

  test('clicking a city label opens its dated reports, the casualties as the sources state them, the confidence and the sources', async ({ page }) => {
    await openMap(page, '/?layers=cities');
    await page.locator('button.map-label[data-feature-id="chernihiv-under-fire"]').click();
    const popup = page.locator('.maplibregl-popup');
    await expect(popup.getByRole('heading', { name: 'Chernihiv' })).toBeVisible();
    await expect(popup.getByRole('list', { name: 'Reports' })).toContainText('the bodies of 33 people recovered');
    await expect(popup).toContainText('Confidence: high.');
    await expect(popup.getByRole('link', { name: /At least 33 reported dead/ })).toHaveAttribute('href', /straitstimes\.com/);
    // Who reported the status, and whose story a carrier's copy is, and why a copy.
    await expect(popup.locator('.details__status-by')).toHaveText('\u00a0— the regional governor (Reuters, AFP)');
    await expect(popup.locator('.details__sources li', { hasText: 'At least 33 reported dead' })).toContainText(
      'Reuters, in The Straits Times, 3\u00a0March 2022 (Reuters’s own page was not found in the archive searched)',
    );
    // Kyiv and Mariupol are named by their own layers while those are on; here they are not, so the cities layer names them.
    await expect(page.locator('button.map-label[data-feature-id="mariupol-under-fire"]')).toBeVisible();
  });

  test('a long popup scrolls its details, keeps its close button in view, and leaves the map under it drawn', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMap(page);
    await page.getByRole('button', { name: 'Kherson', exact: true }).click();
    const popup = page.locator('.maplibregl-popup');
    const details = popup.getByRole('article', { name: 'Kherson' });
    await expect(details).toBeFocused();
    // At 1280×800 Kherson's details are longer than the popup may be (60vh) and the popup opens above
    // the point, with map below it: the two checks below say so if either stops being true.
    // Kherson's details scroll, the close button does not.
    const sizes = await details.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, top: el.scrollTop }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.top).toBe(0);
    await details.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(popup.getByRole('button', { name: /close/i })).toBeInViewport();
    await expect(popup.getByRole('heading', { name: 'Sources' })).toBeInViewport();
    // The map just below the popup, against the same place once it is closed: Chromium's compositor
    // took a scrolling popup's whole content for opaque and left the canvas blank down there.
    const box = (await popup.boundingBox())!;
    const map = (await page.locator('.maplibregl-map').boundingBox())!;
    const clip = { x: box.x + 4, y: box.y + box.height + 16, width: box.width - 8, height: Math.min(90, map.y + map.height - (box.y + box.height) - 20) };
    expect(clip.height).toBeGreaterThan(40);
    // Whole-viewport screenshots, cropped: a clipped capture is composited apart and never showed the fault.
    const shot = async () => cropPng(PNG.sync.read(await page.screenshot()), clip);
    const open = await shot();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    // Focus went back to Kherson's label; its ring is no part of the comparison.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const closed = await shot();
    let differing = 0;
    for (let i = 0; i < open.data.length; i += 4) {
      const d = Math.abs(open.data[i]! - closed.data[i]!) + Math.abs(open.data[i + 1]! - closed.data[i + 1]!) + Math.abs(open.data[i + 2]! - closed.data[i + 2]!);
      if (d > 30) differing++;
    }
    expect(differing / (open.width * open.height)).toBeLessThan(0.02);
  });

  test('clicking a port label opens its details with status, the story’s quote and a source link', async ({ page }) => {
    await openMap(page);
    await page.locator('button.map-label[data-feature-id="kherson"]').click();
    const popup = page.locator('.maplibregl-popup');
    await expect(popup).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Kherson' })).toBeVisible();
    await expect(popup).toContainText('seized');
    await expect(popup).toContainText('Russian forces have seized a strategic Ukrainian seaport');
    await expect(popup).toContainText('From Kyiv');
    const link = popup.getByRole('link', { name: /Russian forces seize key Ukrainian port/ });
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('rel', /noopener/);
  });

  test('clicking the talks venue on the map shows its distances to Ukraine and to Poland', async ({ page }) => {
    await openMap(page);
    const point = await page.evaluate(() => window.__map!.project([23.86, 52.6]));
    await page.locator('.maplibregl-canvas').click({ position: { x: point.x, y: point.y } });
    const popup = page.locator('.maplibregl-popup');
    await expect(popup).toContainText('The talks are happening in Belarus on the Ukrainian border.');
    await expect(popup).toContainText("To Ukraine's border");
    await expect(popup).toContainText("To Poland's border");
    // A range measured from the two likely buildings, not one false-precision figure.
    await expect(popup).toContainText(/To Ukraine's border\s*87–90\skm/);
    await expect(popup).toContainText('Viskuli (state residence) and Kamenyuki (park headquarters)');
    await page.keyboard.press('Escape');
  });

  test('the URL keeps the layers and the view, and a link reopens the same map', async ({ page }) => {
    await openMap(page);
    await page.getByRole('checkbox', { name: /^context/i }).uncheck();
    await page.evaluate(() => window.__map!.jumpTo({ center: [33.5, 47.1], zoom: 6.5 }));
    await expect(page).toHaveURL(/view=33\.5000,47\.1000,6\.50/);
    const link = page.url();
    expect(new URL(link).searchParams.get('layers')).toBe('kyiv,talks,cities,ports,refugees');

    await page.goto('about:blank');
    await openMap(page, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.getByRole('checkbox', { name: /^context/i })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^ports/i })).toBeChecked();
    const camera = await page.evaluate(() => ({ ...window.__map!.getCenter(), zoom: window.__map!.getZoom() }));
    expect(camera.lng).toBeCloseTo(33.5, 3);
    expect(camera.lat).toBeCloseTo(47.1, 3);
    expect(camera.zoom).toBeCloseTo(6.5, 2);
    expect(await renderedFeatureIds(page, 'context')).toEqual([]);
    expect(await renderedFeatureIds(page, 'ports')).toEqual(expect.arrayContaining(['kherson']));
  });

  // Each page has its own HTML and client module (scripts/build-pages.ts).
  for (const path of ['/', '/uk', '/embed', '/uk/embed']) {
    test(`${path} makes no request to any host but its own, and logs no console error`, async ({ page, baseURL }) => {
      const watch = watchPage(page);
      await openMap(page, path);
      await page.locator('button.map-label[data-feature-id="mariupol"]').click();
      await expect(page.locator('.maplibregl-popup')).toBeVisible();
      const origin = new URL(baseURL!).origin;
      const foreign = watch.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(foreign).toEqual([]);
      expect(watch.requests.length).toBeGreaterThan(5);
      expect(watch.errors).toEqual([]);
    });
  }

  test('shows the refugee total with its date, a legend with real numbers, a scale bar and the credits', async ({ page }) => {
    await openMap(page);
    await expect(page.getByTestId('refugee-total')).toContainText('1,038,583');
    await expect(page.getByTestId('refugee-total')).toContainText('by the end of 2 March 2022');
    await expect(page.getByTestId('refugee-total')).toContainText('published on 3 March 2022');
    await expect(page.getByTestId('refugee-total')).toContainText('an earlier update that morning: 1,002,860');
    await expect(page.getByTestId('refugee-total')).not.toContainText('as of 3 March');
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('500,000');
    await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    const credits = page.locator('.credit-line');
    await expect(credits).toContainText('Natural Earth');
    await expect(credits).toContainText('UNHCR');
    await expect(credits).toContainText('3 March 2022');
  });

  test('a layer that fails to load shows an error with retry, and the other layers still draw', async ({ page }) => {
    let fail = true;
    await page.route('**/api/layers/ports', (route) => (fail ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"detail":"down for a test"}' }) : route.fallback()));
    await page.goto('/');
    await page.waitForFunction(() => window.__map?.loaded());
    const alert = page.locator('.layer-toggle--ports [role="alert"]');
    await expect(alert).toContainText('Ports could not be loaded', { timeout: 30_000 });
    await expect(page.locator('.app__map [role="alert"]')).toContainText('Ports could not be loaded');
    await expect(page.locator('.app__map [role="status"]')).toHaveCount(0);
    await expect.poll(() => renderedFeatureIds(page, 'talks')).toEqual(['talks-round-1', 'talks-round-1-area', 'talks-round-2', 'talks-round-2-area']);
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForReady(page);
    expect(await renderedFeatureIds(page, 'ports')).toEqual(expect.arrayContaining(['kherson', 'mariupol']));
  });
});

test.describe('the map with ten times the data', () => {
  test('makes one label per crowded spot, and the copies get their own labels when the reader zooms in far enough to tell them apart', async ({ page, request }) => {
    const layer = await (await request.get('/api/layers/refugees')).json();
    // The benchmark's synthetic growth: every feature copied, each copy 0.02° further east (a pixel or two here).
    const features = Array.from({ length: 10 }, (_, k) =>
      layer.features.map((f: { id?: string; properties: Record<string, unknown>; geometry: { coordinates: unknown } }) => {
        const move = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + k * 0.02, (c as number[])[1]] : (c as unknown[]).map(move));
        const labelPosition = f.properties.labelPosition as number[] | undefined;
        return {
          ...f,
          properties: { ...f.properties, id: `${f.properties.id}-${k}`, ...(labelPosition && { labelPosition: move(labelPosition) }) },
          geometry: { ...f.geometry, coordinates: move(f.geometry.coordinates) },
        };
      }),
    ).flat();
    const synthetic = { type: 'FeatureCollection' as const, features };
    // The page reads the labels, MapLibre's worker the layer: both grow.
    await page.route('**/api/layers/refugees', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(synthetic) }));
    await page.route('**/api/labels/refugees', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(layerLabels(synthetic)) }));
    await openMap(page, '/?layers=refugees');
    const date = await page.getByRole('radio', { checked: true }).getAttribute('value');
    const countries = new Set(layer.features.filter((f: { properties: Record<string, unknown> }) => f.properties.kind === 'refugee-flow' && f.properties.snapshotDate === date).map((f: { properties: Record<string, unknown> }) => f.properties.country));
    expect(countries.size).toBeGreaterThan(5);
    await expect(page.locator('button.map-label--flow')).toHaveCount(countries.size);
    await expect(page.locator('button.map-label--flow', { hasText: 'Poland' })).toHaveCount(1);
    // Zoomed in on Poland's arrow, 0.02° is tens of pixels: its copies are labelled again.
    await page.evaluate(async () => {
      const map = window.__map!;
      const idle = new Promise((resolve) => map.once('idle', resolve));
      map.jumpTo({ center: [21.85, 50.35], zoom: 10 });
      await idle;
    });
    await expect.poll(() => page.locator('button.map-label--flow', { hasText: 'Poland' }).count()).toBeGreaterThan(1);
  });
});

test.describe('the refugee count day by day', () => {
  const arrows = async (page: import('@playwright/test').Page) => (await renderedFeatureIds(page, 'refugees')).filter((id) => id.startsWith('flow-'));

  test('the chart has a name and a bar per day; the date control redraws the arrows and their labels, and the URL keeps the day', async ({ page }) => {
    await openMap(page);
    const chart = page.getByRole('img', { name: /The count, day by day/ });
    await expect(chart).toBeVisible();
    await expect(page.locator('[data-testid="refugee-chart"] rect.climb__bar')).toHaveCount(7);
    expect((await arrows(page)).every((id) => id.endsWith('2022-03-03'))).toBe(true);
    await expect(page.locator('.map-label--flow', { hasText: 'Poland' })).toContainText('547,982');

    await page.getByRole('radio', { name: /^2 March/ }).check();
    await waitForReady(page);
    await expect.poll(() => arrows(page)).toEqual(expect.arrayContaining(['flow-poland-2022-03-02', 'flow-hungary-2022-03-02']));
    expect((await arrows(page)).some((id) => id.endsWith('2022-03-03'))).toBe(false);
    await expect(page.locator('.map-label--flow', { hasText: 'Poland' })).toContainText('453,982');
    await expect(page.getByTestId('refugee-date')).toContainText('Arrivals to the end of 1 March');
    await expect(page.locator('.credit-line')).toContainText('figures published 2 March 2022 (arrivals to 1 March 2022)');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-03-02');

    // A link to that day opens it; a day without a complete breakdown opens the default.
    await openMap(page, `/?${new URL(page.url()).searchParams.toString()}`);
    await expect(page.getByRole('radio', { name: /^2 March/ })).toBeChecked();
    expect((await arrows(page)).every((id) => id.endsWith('2022-03-02'))).toBe(true);
    await openMap(page, '/?date=2022-02-27');
    await expect(page.getByRole('radio', { name: /^3 March/ })).toBeChecked();
    expect((await arrows(page)).every((id) => id.endsWith('2022-03-03'))).toBe(true);
  });

  test('the embed takes date= too, shows the chart, and its full-map link keeps the day', async ({ page }) => {
    await openMap(page, '/embed?layers=refugees&date=2022-03-02&theme=dark');
    await page.getByRole('button', { name: 'Details' }).click();
    await expect(page.getByRole('img', { name: /The count, day by day/ })).toBeVisible();
    expect((await arrows(page)).every((id) => id.endsWith('2022-03-02'))).toBe(true);
    expect(await arrows(page)).toContain('flow-poland-2022-03-02');
    await expect(page.getByRole('link', { name: /Open full map/ })).toHaveAttribute('href', /date=2022-03-02/);
    // The same colours in dark mode: the bars take the dark scheme's teal, the map's.
    const fill = await page.locator('rect.climb__bar').first().evaluate((el) => getComputedStyle(el).fill);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(PALETTE_DARK.refugeeFlow.slice(i, i + 2), 16));
    expect(fill).toBe(`rgb(${r}, ${g}, ${b})`);
    await page.screenshot({ path: test.info().outputPath('embed-dark-2-march.png') });
  });

  test('GET /api/refugees/daily answers the series in date order with sources', async ({ request }) => {
    const response = await request.get('/api/refugees/daily');
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { series: { date: string; sources: unknown[] }[]; breakdowns: unknown[] };
    const dates = body.series.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(body.series.every((e) => e.sources.length > 0)).toBe(true);
    expect(body.breakdowns).toHaveLength(3);
  });
});

/** A rectangle of a PNG, in CSS pixels of a device-scale-1 screenshot. */
function cropPng(png: PNG, clip: { x: number; y: number; width: number; height: number }): PNG {
  const out = new PNG({ width: Math.round(clip.width), height: Math.round(clip.height) });
  for (let y = 0; y < out.height; y++) {
    const from = ((Math.round(clip.y) + y) * png.width + Math.round(clip.x)) * 4;
    png.data.copy(out.data, y * out.width * 4, from, from + out.width * 4);
  }
  return out;
}
