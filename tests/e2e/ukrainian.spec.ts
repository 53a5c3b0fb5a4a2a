import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MESSAGES } from '@/lib/i18n/messages';
import { isDrawnAt } from '@/lib/layers/drawn-with';
import { LAYERS } from '@/lib/layers/layers';
import { LAYER_IDS } from '@/lib/layers/registry';
import { E2E_SITE_URL } from '../../playwright.config';
import { expect, nodeOnly, test } from './edition';
import { readFileSync } from 'node:fs';
import { expectTouchTargets, openMap, renderedFeatureIds, waitForReady, watchPage } from './map-page';

/** The cities the layer's rule admits (geodata/cities.json). */
const CITY_RECORDS = JSON.parse(readFileSync('geodata/cities.json', 'utf8')) as { drawnWith?: { belowZoom: number } }[];
/** The towns drawn on their own at a zoom (lib/layers/drawn-with.ts): the others are drawn with a neighbour there. */
const citiesDrawnAt = (zoom: number) => CITY_RECORDS.filter((c) => isDrawnAt(c.drawnWith ? { drawnWithBelowZoom: c.drawnWith.belowZoom } : {}, zoom)).length;

// The Ukrainian edition (/uk, /uk/embed): the same map, every word in Ukrainian, checked as a
// reader of that edition would use it, in both editions of the site (Node and nginx).

/** Every string the English catalogue and the layer modules print: none may show on a Ukrainian page. */
function englishStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(...String((value as (...a: string[]) => string)('', '', '', '')).split(/\s{2,}/));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(MESSAGES.en);
  for (const layer of LAYERS) walk([layer.title.en, layer.description.en, layer.legend.map((e) => e.text.en), layer.words?.title.en ?? '', layer.tour?.caption.en ?? '', layer.tour?.title.en ?? '']);
  // Names that are the same in both editions, and fragments too short to mean anything on their own.
  const same = new Set(['English', 'Українська', 'Українською', 'Natural Earth', 'Kyiv']);
  return [...new Set(out.map((s) => s.trim()))].filter((s) => s.length >= 8 && !same.has(s) && /[a-z]{3}/.test(s));
}

/** The page's visible text, without what stays English by design: sources' titles and the story's quotes (marked lang="en"). */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], .details__sources a, .words__sources, script, style').forEach((el) => el.remove());
    return clone.innerText;
  });
}

test.describe('the map in Ukrainian', () => {
  test('/uk: <html lang="uk">, each page names the other (hreflang), every layer drawn, labels and headline in Ukrainian', async ({ page }) => {
    const watch = watchPage(page);
    await openMap(page, '/uk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${E2E_SITE_URL}/`);
    await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute('href', `${E2E_SITE_URL}/uk`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.uk.page.headline);
    for (const id of LAYER_IDS) expect((await renderedFeatureIds(page, id)).length, id).toBeGreaterThan(0);
    for (const name of ['Київ', 'Херсон', 'Маріуполь', 'Мінськ', 'Москва', 'Брест', 'Чернігів', 'Харків']) {
      await expect(page.getByRole('button', { name, exact: true }), name).toBeVisible();
    }
    await expect(page.locator('.map-label--focus-country')).toHaveText('УКРАЇНА');
    // Ukrainian grouping, from Intl: 1 038 583 with no-break spaces.
    await expect(page.getByTestId('refugee-total')).toContainText('1\u00a0038\u00a0583');
    await expect(page.getByRole('button', { name: 'Збільшити' })).toBeVisible();
    // The layers come with their words in Ukrainian, from the edition's own files.
    expect(watch.requests.some((url) => url.includes('/api/uk/labels/cities'))).toBe(true);
    expect(watch.requests.some((url) => /\/api\/la(yers|bels)\//.test(url))).toBe(false);
    expect(watch.errors).toEqual([]);
  });

  test('/uk and /uk/embed make no request to any host but their own', async ({ page, baseURL }) => {
    const watch = watchPage(page);
    const origin = new URL(baseURL!).origin;
    await openMap(page, '/uk');
    await page.getByRole('button', { name: 'Маріуполь', exact: true }).click();
    await expect(page.locator('.maplibregl-popup')).toBeVisible();
    await openMap(page, '/uk/embed');
    expect(watch.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test('no English interface words on /uk or /uk/embed, apart from sources’ titles and the story’s quotes', async ({ page }) => {
    const english = englishStrings();
    for (const path of ['/uk', '/uk/embed']) {
      await openMap(page, path);
      await page.getByRole('button', { name: 'Харків', exact: true }).click();
      // The embed's details are a sheet over its map (opened after the place's, which it covers).
      if (path === '/uk/embed') await page.getByRole('button', { name: MESSAGES.uk.embed.detailsButton }).click();
      for (const summary of await page.locator('summary').all()) if (await summary.isVisible()) await summary.click();
      const text = await uiText(page);
      expect(english.filter((s) => text.includes(s)), path).toEqual([]);
    }
  });

  test('a switch turns its layer off and on; the address keeps the layers and the view', async ({ page }) => {
    await openMap(page, '/uk');
    const cities = page.getByRole('checkbox', { name: /^Міста під обстрілами/ });
    await cities.uncheck();
    await waitForReady(page);
    expect(await renderedFeatureIds(page, 'cities')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('kyiv,talks,ports,refugees,context');
    await cities.check();
    await waitForReady(page);
    const zoom = await page.evaluate(() => window.__map!.getZoom());
    expect((await renderedFeatureIds(page, 'cities')).length).toBe(citiesDrawnAt(zoom));
    expect(citiesDrawnAt(zoom)).toBeGreaterThan(CITY_RECORDS.length - 3);
  });

  test('a layer that cannot be loaded says so in Ukrainian, with its retry; the rest of the map draws', async ({ page }) => {
    await page.route('**/api/uk/layers/refugees', (route) => route.abort('connectionrefused'));
    await page.goto('/uk');
    const alert = page.locator('.layer-toggle__error');
    await expect(alert).toContainText('Не вдалося завантажити шар «Біженці» (не вдалося з’єднатися із сервером).', { timeout: 30_000 });
    await expect(alert.getByRole('button', { name: 'Спробувати ще' })).toBeVisible();
    await expect(page.locator('.app__map [role="alert"]')).toContainText('Не вдалося завантажити: Біженці; решту карти показано.');
    // The boot script reports the failed layer before React takes the map over.
    await page.waitForFunction(() => window.__map?.loaded());
    await expect.poll(() => renderedFeatureIds(page, 'ports')).toEqual(expect.arrayContaining(['kherson', 'mariupol']));
  });

  test('a place’s details in Ukrainian: status, dated reports, figures in km, confidence; the English quote with its translation', async ({ page }) => {
    await openMap(page, '/uk?layers=cities,kyiv');
    await page.getByRole('button', { name: 'Чернігів', exact: true }).click();
    const popup = page.locator('.maplibregl-popup');
    await expect(popup.getByRole('heading', { name: 'Чернігів' })).toBeVisible();
    await expect(popup.getByRole('list', { name: 'Повідомлення' })).toContainText('3\u00a0березня 2022\u00a0р. Голова обласної військової адміністрації');
    await expect(popup).toContainText('Достовірність: висока.');
    await expect(popup).toContainText(/Від Києва\s*\d+\sкм/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Київ', exact: true }).click();
    await expect(popup.locator('blockquote[lang="en"]')).toContainText('The second round of talks with the Russians has begun');
    await expect(popup).toContainText('Переклад з англійської: «Розпочався другий раунд переговорів');
  });

  test('the language switch keeps the view, the layers and the tour step, both ways', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page, '/uk?layers=kyiv,ports&view=33.5000,47.1000,6.50');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/\?layers=kyiv,ports&view=33\.5000,47\.1000,6\.50$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await waitForReady(page);
    expect(await renderedFeatureIds(page, 'talks')).toEqual([]);
    await page.getByRole('link', { name: 'Українською' }).click();
    await expect(page).toHaveURL(/\/uk\?layers=kyiv,ports&view=33\.5000,47\.1000,6\.50$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    // A tour step goes across too.
    await openMap(page, '/uk?step=3');
    await expect(page.getByRole('region', { name: 'Історія крок за кроком' })).toContainText('Крок 3 з 5');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/step=3/);
    await expect(page.getByRole('region', { name: 'Walk through the story' })).toContainText('Step 3 of 5');
  });

  test('the embed dialog offers both languages; the snippet names the chosen edition', async ({ page }) => {
    await openMap(page, '/uk?layers=kyiv,ports');
    await page.getByRole('button', { name: 'Вбудувати' }).click();
    const dialog = page.getByRole('dialog', { name: 'Вбудувати цю карту' });
    const code = dialog.getByLabel('Код для вбудовування');
    await expect(code).toHaveValue(/\/uk\/embed\?layers=kyiv,ports/);
    await expect(code).toHaveValue(new RegExp(`title="${MESSAGES.uk.page.embedTitle}"`));
    await dialog.getByRole('radio', { name: 'English' }).check();
    await expect(code).toHaveValue(/[^k]\/embed\?layers=kyiv,ports/);
    await expect(code).toHaveValue(new RegExp(`title="${MESSAGES.en.page.embedTitle}"`));
    await dialog.getByRole('button', { name: 'Закрити' }).click();
    // And from the English page to the Ukrainian embed.
    await openMap(page, '/?layers=talks');
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog', { name: 'Embed this map' }).getByRole('radio', { name: 'Українська' }).check();
    await expect(page.getByLabel('Embed code')).toHaveValue(/\/uk\/embed\?layers=talks/);
  });

  test('/uk/embed: Ukrainian in an iframe, with its own oEmbed file', async ({ page, request }) => {
    await openMap(page, '/uk/embed?layers=refugees&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.uk.embed.headline);
    await expect(page.getByRole('link', { name: 'Відкрити повну карту ↗' })).toHaveAttribute('href', /^\/uk\?layers=refugees/);
    expect((await renderedFeatureIds(page, 'refugees')).length).toBeGreaterThan(0);
    const file = await request.get('/uk/oembed.json');
    const body = (await file.json()) as { title: string; html: string; provider_url: string };
    expect(body.title).toBe(MESSAGES.uk.page.embedTitle);
    expect(body.html).toContain(`src="${E2E_SITE_URL}/uk/embed?layers=`);
  });

  test('the Node server’s oEmbed answers for /uk and /uk/embed in Ukrainian', async ({ request, baseURL, edition }) => {
    nodeOnly(edition, 'only the Node server answers /api/oembed (the static edition has the files)');
    const answer = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/uk/embed?layers=kyiv`)}`);
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { title: string; html: string };
    expect(body.title).toBe(MESSAGES.uk.page.embedTitle);
    expect(body.html).toContain('/uk/embed?layers=kyiv');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/uk', '/uk/embed']) {
      test(`axe finds no serious or critical violation on ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openMap(page, path);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(serious).toEqual([]);
      });
    }
  }
});

test.describe('the map in Ukrainian on a phone (375 × 667)', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test('longer words: nothing scrolls sideways, controls do not overlap, targets are 44 px', async ({ page }) => {
    await openMap(page, '/uk');
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const sheet = page.getByRole('button', { name: 'Шари, легенда й текстова версія карти' });
    await expectTouchTargets([
      page.getByRole('button', { name: 'Збільшити' }),
      page.getByRole('button', { name: 'Зменшити' }),
      page.getByRole('button', { name: 'Крок за кроком' }),
      page.getByRole('button', { name: 'Вбудувати' }),
      page.getByRole('link', { name: 'English' }),
      sheet,
    ]);
    await sheet.click();
    for (const label of await page.locator('.layer-toggle__label').all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: test.info().outputPath('uk-phone.png') });
  });
});
