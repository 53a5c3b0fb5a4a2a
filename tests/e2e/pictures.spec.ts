import { PNG } from 'pngjs';
import { PAGES } from '@/lib/page/pages';
import { expect, test } from './edition';
import { openMap, withoutWebGL } from './map-page';

// The map as a picture, wherever a reader meets it without WebGL, an iframe or a screen: shared links,
// oEmbed consumers, newsletters and AMP pages, no WebGL, no scripts, print.

/** Waits for an image element to have loaded, and returns its natural size. */
async function loaded(locator: import('@playwright/test').Locator): Promise<{ width: number; height: number }> {
  await expect.poll(() => locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  return locator.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
}

for (const page of PAGES) {
  test(`${page.path}: its share card (og:image, twitter:image) is a PNG of the size it states, with its alt text`, async ({ page: tab, request }) => {
    await tab.goto(page.path);
    const meta = (name: string) => tab.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute('content');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const image = (await meta('og:image'))!;
    expect(image).toMatch(/^https?:\/\/[^/]+\/_pictures\/card-[a-z]{2}-light-[\w-]+\.png$/);
    expect(await meta('twitter:image')).toBe(image);
    expect((await meta('og:image:alt'))!.length).toBeGreaterThan(80);
    const response = await request.get(new URL(image).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cache-control']).toContain('immutable');
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([Number(await meta('og:image:width')), Number(await meta('og:image:height'))]);
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
}

test('the oEmbed answers carry the share card as their thumbnail', async ({ request }) => {
  for (const path of ['/oembed.json', '/uk/oembed.json']) {
    const body = (await (await request.get(path)).json()) as { thumbnail_url: string; thumbnail_width: number; thumbnail_height: number };
    expect([body.thumbnail_width, body.thumbnail_height]).toEqual([1200, 630]);
    const png = await request.get(new URL(body.thumbnail_url).pathname);
    expect(png.status()).toBe(200);
    expect(PNG.sync.read(await png.body()).width).toBe(1200);
  }
});

test('without WebGL the page shows the map as a picture, with its alt text, and says why', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/uk');
  const picture = page.locator('.app__map .map-fallback img');
  await expect(picture).toBeVisible({ timeout: 30_000 });
  expect(await loaded(picture)).toMatchObject({ width: expect.any(Number) });
  expect(await picture.getAttribute('alt')).toMatch(/^Карта України/);
  await expect(page.locator('.app__map [role="alert"]')).toBeVisible();
});

test('without scripts the map’s place holds its picture, above the map in words', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  const picture = page.locator('.app__map img');
  await expect(picture).toBeVisible();
  expect((await loaded(picture)).width).toBeGreaterThanOrEqual(640);
  expect(await picture.getAttribute('alt')).toMatch(/^Map of Ukraine/);
  await expect(page.locator('#map-in-words')).toBeAttached();
  await context.close();
});

test('in print: the title, the map as a picture, the key, the map in words and the credit; no controls', async ({ page }) => {
  await openMap(page, '/');
  // On screen the picture costs nothing: it is not even requested.
  expect(await page.locator('.print-picture img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(false);
  await page.emulateMedia({ media: 'print' });
  const picture = page.locator('.print-picture img');
  await expect(picture).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect((await loaded(picture)).width).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.legend')).toBeVisible();
  await expect(page.locator('.credit-line')).toBeVisible();
  await expect(page.locator('#map-in-words')).toBeVisible();
  for (const hidden of ['.maplibregl-ctrl', '.app__actions', '.app__map', '.layer-panel']) await expect(page.locator(hidden).first()).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
});

test('the embed dialog offers the map as a picture with a link, and an AMP snippet with the picture as its placeholder', async ({ page, baseURL }) => {
  await openMap(page, '/');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByLabel(/Picture with a link/).check();
  const image = await dialog.getByLabel('Embed code').inputValue();
  expect(image).toMatch(new RegExp(`^<a href="${baseURL}/\\?layers=`));
  expect(image).toMatch(/<img src="[^"]+\/_pictures\/map-1280-en-light-[\w-]+\.png" alt="Map of Ukraine[^"]+" width="1280" height="\d+"/);
  const src = /<img src="([^"]+)"/.exec(image)![1]!;
  expect((await page.request.get(new URL(src).pathname)).status()).toBe(200);
  await dialog.getByLabel('AMP page').check();
  const amp = await dialog.getByLabel('Embed code').inputValue();
  expect(amp).toContain(`<amp-iframe src="${baseURL}/embed?layers=`);
  expect(amp).toMatch(/<amp-img placeholder layout="fill" src="[^"]+\/_pictures\/map-1280-en-light-/);
  expect(amp).toContain('resizable');
  await dialog.getByLabel('Українська').check();
  expect(await dialog.getByLabel('Embed code').inputValue()).toContain('/_pictures/map-1280-uk-light-');
});
