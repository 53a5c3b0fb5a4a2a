// The embed as a phone reader meets it (issue 31): in an article column, pasted with its edition's oEmbed snippet,
// the map has most of the frame and the article does not jump; the embed itself does not jump while it loads on a
// slow phone; its compact controls work by touch and by keyboard. Every embed page of lib/page/pages.json, both
// editions (node, static).
import type { Page } from '@playwright/test';
import { expect, test } from './edition';
import { renderedFeatureIds } from './map-page';
import { measureEmbedLayoutShift, measureHostArticle } from '../support/phone-embed';
import { PAGES } from '@/lib/page/pages';
import { MESSAGES } from '@/lib/i18n/messages';
import { LAYER_INFO, TOGGLEABLE_LAYER_IDS } from '@/lib/layers/registry';

const EMBEDS = PAGES.filter((row) => row.kind === 'embed');

for (const { path } of EMBEDS) {
  test.describe(`${path} in an article`, () => {
    test('in 343 and 640 px columns the map has most of the frame, the frame keeps the snippet’s height, and the article does not jump', async ({ browser, hostOrigin }) => {
      for (const column of [343, 640]) {
        const r = await measureHostArticle(browser, hostOrigin, path, column);
        const at = `${path} at ${column} px: ${JSON.stringify({ ...r, hostShifts: r.hostShifts.length })}`;
        expect(r.reported, `${at}: the loader heard the embed's height`).toBe(r.frameHeight);
        expect(r.frameHeight, `${at}: the frame is what the snippet said`).toBe(r.first);
        expect(r.mapWidth, at).toBe(column);
        expect(r.share, at).toBeGreaterThanOrEqual(0.55);
        expect(r.frameHeight / column, at).toBeLessThanOrEqual(1.8);
        expect(r.hostCls, at).toBeLessThan(0.1);
        expect(r.mapInside, at).toBe(true);
      }
      // Without the loader (a site that strips scripts), the snippet's own height holds the whole map.
      const bare = await measureHostArticle(browser, hostOrigin, path, 343, { loader: false });
      expect(bare.reported, 'no loader heard the embed').toBeNull();
      expect(bare.frameHeight).toBe(bare.first);
      expect(bare.mapInside, JSON.stringify(bare)).toBe(true);
      expect(bare.share).toBeGreaterThanOrEqual(0.55);
    });

    test('nothing in it moves while it loads on a phone with a 4× slower CPU, at 375, 412 and 640 px', async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      for (const width of [375, 412, 640]) {
        const { cls, shifts } = await measureEmbedLayoutShift(browser, `${baseURL}${path}`, width);
        expect(cls, `${path} at ${width} px: ${JSON.stringify(shifts)}`).toBeLessThan(0.05);
      }
    });
  });
}

/** The chip (the hidden checkbox over it) of a layer, by its name in the edition's language. */
const chip = (page: Page, title: string) => page.getByRole('checkbox', { name: new RegExp(`^${title}`) });

for (const { path, locale } of EMBEDS) {
  test.describe(`${path} on a phone`, () => {
    test.use({ viewport: { width: 375, height: 575 }, hasTouch: true, isMobile: true });

    test('the chips switch layers by touch; the tour and the details open and close', async ({ page }) => {
      const m = MESSAGES[locale];
      await page.goto(path);
      await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
      // One row of chips: every chip on the same line, whatever the edition's words.
      const tops = await page.locator('.layer-panel--compact .layer-toggle').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      expect(tops).toHaveLength(TOGGLEABLE_LAYER_IDS.length);

      const ports = LAYER_INFO.ports.title[locale];
      await page.locator('.layer-toggle--ports .layer-toggle__label').tap();
      await expect(chip(page, ports)).not.toBeChecked();
      await expect.poll(() => renderedFeatureIds(page, 'ports')).toEqual([]);
      await page.locator('.layer-toggle--ports .layer-toggle__label').tap();
      await expect(chip(page, ports)).toBeChecked();
      await expect.poll(async () => (await renderedFeatureIds(page, 'ports')).length).toBeGreaterThan(0);

      const tour = page.getByRole('button', { name: m.page.walkThroughShort });
      await tour.tap();
      await expect(tour).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('region', { name: m.tour.region })).toBeVisible();
      await tour.tap();
      await expect(page.getByRole('region', { name: m.tour.region })).toHaveCount(0);

      const details = page.getByRole('button', { name: m.embed.detailsButton });
      const frameHeight = await page.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height);
      await details.tap();
      await expect(details).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('heading', { name: m.embed.details })).toBeFocused();
      await expect(page.getByRole('heading', { name: m.words.heading, exact: true })).toBeVisible();
      // The sheet lies over the map: the embed is as tall as before.
      expect(await page.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height)).toBe(frameHeight);
      await page.getByRole('button', { name: m.embed.closeDetails, exact: true }).tap();
      await expect(page.getByRole('heading', { name: m.words.heading, exact: true })).toBeHidden();
    });

    test('a keyboard reaches every chip, the tour and the details; Escape closes the details and gives focus back', async ({ page }) => {
      const m = MESSAGES[locale];
      await page.goto(path);
      await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
      // Tab through the chips: each one, even those scrolled out of the row, comes into view when focused.
      const last = chip(page, LAYER_INFO[TOGGLEABLE_LAYER_IDS.at(-1)!].title[locale]);
      for (let i = 0; i < 20 && !(await last.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(last).toBeFocused();
      const row = (await page.locator('.layer-panel--compact').boundingBox())!;
      const labelEnd = async () => {
        const label = (await page.locator('.layer-panel--compact .layer-toggle__label').last().boundingBox())!;
        return label.x + label.width;
      };
      await expect.poll(labelEnd).toBeLessThanOrEqual(row.x + row.width + 1);
      const wasOn = await last.isChecked();
      await page.keyboard.press('Space');
      await expect(last).toBeChecked({ checked: !wasOn });

      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: m.page.walkThroughShort })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: m.tour.region })).toBeVisible();
      await page.getByRole('button', { name: m.page.walkThroughShort }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: m.tour.region })).toHaveCount(0);

      const details = page.getByRole('button', { name: m.embed.detailsButton });
      await details.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: m.embed.details })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(details).toBeFocused();
      await expect(details).toHaveAttribute('aria-expanded', 'false');
    });
  });
}
