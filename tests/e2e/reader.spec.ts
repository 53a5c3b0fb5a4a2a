import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './edition';
import { PNG } from 'pngjs';
import { TOUR_STEPS } from '@/lib/tour/tour-steps';
import { expectTouchTargets, openMap, renderedFeatureIds, watchPage } from './map-page';

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/', '/embed']) {
      test(`axe finds no serious or critical violation on ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openMap(page, path);
        // The embed's details (the chart, the map in words, the data) are a sheet over its map: open it, so axe reads it.
        if (path === '/embed') await page.getByRole('button', { name: 'Details' }).click();
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(serious).toEqual([]);
      });
    }
  }

  test('a keyboard-only reader walks the panel, opens a place’s details, closes them with Escape and gets focus back', async ({ page }) => {
    await openMap(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the map in words' })).toBeFocused();
    // Tab on to the Talks switch and turn it off with the space bar.
    const talks = page.getByRole('checkbox', { name: /^talks/i });
    for (let i = 0; i < 12 && !(await talks.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(talks).toBeFocused();
    await page.keyboard.press('Space');
    await expect(talks).not.toBeChecked();
    await page.keyboard.press('Space');
    await expect(talks).toBeChecked();
    // The map in words lists every place with a button that shows it on the map.
    // The port's entry (Kherson is also in the cities under fire, with its own).
    const show = page.locator('button.words__show[data-feature-id="kherson"]');
    await expect(show).toHaveText('Show Kherson on the map');
    await show.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.maplibregl-popup');
    await expect(popup.getByRole('heading', { name: 'Kherson' })).toBeVisible();
    // Focus moved into the details, at their top (not to their first link, the sources at the end).
    await expect(popup.getByRole('article', { name: 'Kherson' })).toBeFocused();
    expect(await popup.getByRole('article', { name: 'Kherson' }).evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(show).toBeFocused();
  });

  test('map labels are buttons with names, and the map region says what it shows', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('button', { name: 'Kherson', exact: true })).toBeVisible();
    await expect(page.getByRole('main')).toHaveAttribute('aria-label', /showing Kyiv, talks, cities under fire, ports, refugees, context/);
    await page.getByRole('checkbox', { name: /^refugees/i }).uncheck();
    await expect(page.getByRole('main')).toHaveAttribute('aria-label', /showing Kyiv, talks, cities under fire, ports, context\./);
  });

  for (const path of ['/', '/embed', '/uk/embed']) {
    test(`${path}: no label a reader sees covers another; a minor label gives way and comes back when the reader zooms in`, async ({ page }) => {
      await page.setViewportSize({ width: 1000, height: 700 });
      await openMap(page, path);
      const labels = () =>
        page.evaluate(() => {
          const range = document.createRange();
          const all = [...document.querySelectorAll<HTMLElement>('button.map-label')].filter((b) => b.offsetParent !== null);
          const shown = all.filter((b) => !b.hasAttribute('data-label-hidden'));
          const boxes = shown.map((b) => {
            range.selectNodeContents(b);
            const r = range.getBoundingClientRect();
            return { id: b.dataset.featureId ?? b.textContent!, minor: b.classList.contains('map-label--minor'), r, hit: b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)) };
          });
          const overlaps: string[] = [];
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1))
              if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) overlaps.push(`${a.id} / ${b.id}`);
          return {
            overlaps,
            hidden: all.filter((b) => !shown.includes(b)).map((b) => ({ id: b.dataset.featureId ?? '', minor: b.classList.contains('map-label--minor') })),
            unclickable: boxes.filter((b) => !b.hit).map((b) => b.id),
          };
        });
      const before = await labels();
      expect(before.overlaps).toEqual([]);
      expect(before.unclickable).toEqual([]);
      expect(before.hidden.filter((l) => !l.minor)).toEqual([]); // a main label never gives way
      await page.locator('button.map-label[data-feature-id="mariupol"]').click();
      await expect(page.locator('.maplibregl-popup')).toBeVisible();
      await page.keyboard.press('Escape');
      if (before.hidden.length === 0) return;
      // Zoomed in on the first hidden label, there is room for it again.
      const id = before.hidden[0]!.id;
      await page.evaluate(async (featureId) => {
        const map = window.__map!;
        // Its anchor (the pin its label hangs from), not the label, whose box may be off to one side of it.
        const box = document.querySelector(`button.map-label[data-feature-id="${featureId}"]`)!.parentElement!.getBoundingClientRect();
        const canvas = map.getCanvas().getBoundingClientRect();
        const at = map.unproject([box.left - canvas.left, box.top - canvas.top]);
        const idle = new Promise((resolve) => map.once('idle', resolve));
        map.jumpTo({ center: at, zoom: map.getZoom() + 2 });
        await idle;
      }, id);
      await expect.poll(async () => (await labels()).hidden.map((l) => l.id)).not.toContain(id);
      expect((await labels()).overlaps).toEqual([]);
    });
  }

  test('the map in words tells the places and has the refugee table', async ({ page }) => {
    await page.goto('/');
    const words = page.locator('#map-in-words');
    await expect(words).toContainText('The talks are happening in Belarus on the Ukrainian border.');
    await expect(words).toContainText("to Ukraine's border: 87–90\u00a0km");
    const table = words.getByTestId('refugee-table');
    await expect(table.getByRole('row', { name: /Poland 453,982 505,582 547,982/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Total 874,026 1,002,860 1,038,583/ })).toBeVisible();
    const climb = words.getByTestId('refugee-climb-table');
    await expect(climb.getByRole('row', { name: /24\sFebruary 2022 No count/ })).toBeVisible();
    await expect(climb.getByRole('row', { name: /25\sFebruary 2022 more than 50,000/ })).toBeVisible();
  });

  test('the map in words tells the cities under fire, with dated reports, and shows one on the map', async ({ page }) => {
    await openMap(page, '/?layers=kyiv');
    const words = page.locator('#map-in-words');
    await expect(words.getByRole('heading', { name: 'Cities under fire' })).toBeVisible();
    // The layer's one rule, stated where its cities are listed.
    await expect(words.locator('.words__rule')).toContainText('How the cities were chosen. A Ukrainian city or town is on this layer if a report published on 1–4\u00a0March 2022');
    await expect(words).toContainText('3\u00a0March 2022 By 18:20, the bodies of 33 people recovered from the rubble in the city and 18 injured');
    await expect(words).toContainText('Casualties. No count. The deputy mayor told the BBC');
    // A judgement names who made it, in the words and in the details.
    await expect(words).toContainText('Volnovakha · shelled; “almost completely destroyed by shelling”\u00a0— Michelle Bachelet, UN High Commissioner for Human Rights, 3\u00a0March');
    await page.getByRole('button', { name: 'Show Volnovakha on the map' }).click();
    await expect(page.getByRole('checkbox', { name: /^cities under fire/i })).toBeChecked();
    const popup = page.locator('.maplibregl-popup');
    await expect(popup.getByRole('heading', { name: 'Volnovakha' })).toBeVisible();
    await expect(popup.locator('.details__status-by')).toHaveText('\u00a0— Michelle Bachelet, UN High Commissioner for Human Rights, 3\u00a0March');
    await expect(page).toHaveURL(/layers=kyiv,cities/);
  });
});

test.describe('on a phone (375 × 667)', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test('the panel is a sheet, nothing scrolls sideways, controls do not overlap, targets are 44 px', async ({ page }) => {
    await openMap(page);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const sheet = page.getByRole('button', { name: 'Layers, key and the map in words' });
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^talks/i })).toBeHidden();
    await sheet.click();
    await expect(page.getByRole('checkbox', { name: /^talks/i })).toBeVisible();
    for (const label of await page.locator('.layer-toggle__label').all()) {
      const box = (await label.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: 'Close layers and key' }).click();
    await expectTouchTargets([
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Zoom out' }),
      page.getByRole('button', { name: 'Step by step' }),
      page.getByRole('button', { name: 'Embed' }),
      page.getByRole('link', { name: 'Українською' }),
      sheet,
    ]);
    const fontSize = await page.locator('.app__total.app__narrow').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: test.info().outputPath('phone.png') });
  });

  for (const path of ['/', '/embed']) {
    test(`${path}: a place's details open as a sheet inside the map, the whole of it on screen, scrolling within it`, async ({ page }) => {
      await openMap(page, path);
      // Kherson sits near the map's bottom edge: a popup beside it was cut off on both sides.
      await page.getByRole('button', { name: 'Kherson', exact: true }).click();
      const popup = page.locator('.maplibregl-popup');
      await expect(popup.getByRole('heading', { name: 'Kherson' })).toBeVisible();
      const map = (await page.locator('.maplibregl-map').boundingBox())!;
      const box = (await popup.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
      expect(box.width).toBeGreaterThan(map.width - 20);
      // The sources, at the end of the details, are reached by scrolling the sheet.
      const sources = popup.getByRole('heading', { name: 'Sources' });
      await sources.scrollIntoViewIfNeeded();
      await expect(sources).toBeInViewport();
      await expectTouchTargets([popup.getByRole('button', { name: /close/i })]);
    });
  }
});

test.describe('dark mode', () => {
  test('follows the reader’s setting: page and map switch', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: 4, height: 4 } }));
    // Top-left of the initial view is sea or land in the dark palette: dark, not the light #d9e6ee.
    expect(png.data[0]! + png.data[1]! + png.data[2]!).toBeLessThan(3 * 80);
  });
});

test.describe('walk through the story', () => {
  test('a link opens a step; next, previous and the arrow keys move; each step switches its layer on', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page, '/?layers=kyiv&step=3');
    const tour = page.getByRole('region', { name: 'Walk through the story' });
    await expect(tour).toContainText('Step 3 of 5');
    await expect(tour).toContainText(TOUR_STEPS[2]!.quote);
    await expect(page.getByRole('checkbox', { name: /^cities under fire/i })).toBeChecked();
    // Reduced motion: the camera jumps, so it is already framing the cities.
    await expect.poll(async () => (await renderedFeatureIds(page, 'cities')).includes('chernihiv-under-fire')).toBe(true);
    await tour.getByRole('button', { name: 'Next →' }).click();
    await expect(tour).toContainText('Step 4 of 5');
    await expect(page.getByRole('checkbox', { name: /^ports/i })).toBeChecked();
    await expect.poll(async () => (await renderedFeatureIds(page, 'ports')).includes('mariupol')).toBe(true);
    await expect(page).toHaveURL(/step=4/);
    await page.keyboard.press('ArrowRight');
    await expect(tour).toContainText('Step 5 of 5');
    await expect(page.getByRole('checkbox', { name: /^refugees/i })).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await expect(tour).toContainText('Step 4 of 5');
    await tour.getByRole('button', { name: 'Close tour' }).click();
    await expect(tour).toHaveCount(0);
  });

  test('the embed opens a step too', async ({ page }) => {
    await openMap(page, '/embed?step=2');
    await expect(page.getByRole('region', { name: 'Walk through the story' })).toContainText('The venue in Belarus');
  });
});

test.describe('take the data away', () => {
  test('each layer downloads as GeoJSON with its licence and sources; the refugees as CSV', async ({ page }) => {
    await page.goto('/');
    await page.getByText('Download the data').click();
    const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ports (GeoJSON)' }).click()]);
    expect(geojson.suggestedFilename()).toBe('ukraine-2022-03-03-ports.geojson');
    const body = JSON.parse(await (await import('node:fs/promises')).readFile((await geojson.path())!, 'utf8'));
    expect(body.type).toBe('FeatureCollection');
    expect(body.metadata.licence).toMatch(/CC BY 4\.0/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Refugees by country (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('ukraine-refugees-by-country-2022-03-02-to-03.csv');
  });

  test('save as image: a PNG of the view with the title and the map burned in', async ({ page }) => {
    await openMap(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as image' }).click()]);
    expect(download.suggestedFilename()).toBe('ukraine-2022-03-03-map.png');
    const png = PNG.sync.read(await (await import('node:fs/promises')).readFile((await download.path())!));
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    expect(png.width).toBe(Math.round(canvas!.width));
    expect(png.height).toBeGreaterThan(canvas!.height + 100);
    let dark = 0;
    let ukraine = 0;
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (y < 60 && r < 60 && g < 60 && b < 60) dark++; // the title's ink
        if (r === 253 && g === 241 && b === 194) ukraine++; // Ukraine's fill
      }
    expect(dark).toBeGreaterThan(200);
    expect(ukraine).toBeGreaterThan(png.width * png.height * 0.05);
  });

  test('measure: two clicks give the great-circle distance in km and miles', async ({ page }) => {
    const watch = watchPage(page);
    await openMap(page);
    await page.getByRole('button', { name: 'Measure a distance' }).click();
    const [kyiv, moscow] = await page.evaluate(() => [window.__map!.project([30.5234, 50.4501]), window.__map!.project([37.6173, 55.7558])]);
    const canvas = page.locator('.maplibregl-canvas');
    await canvas.click({ position: { x: kyiv!.x + 30, y: kyiv!.y + 30 } });
    await expect(page.getByRole('status').filter({ hasText: 'second place' })).toBeVisible();
    await canvas.click({ position: { x: moscow!.x, y: moscow!.y + 20 } });
    await expect(page.locator('.measure__readout')).toHaveText(/Great-circle distance: \d{3}\skm \(\d{3}\smi\)/);
    // The geodesic between the two clicks is drawn on the map.
    await expect
      .poll(() => page.evaluate(() => window.__map!.queryRenderedFeatures({ layers: ['measure-line', 'measure-points'] }).length))
      .toBeGreaterThanOrEqual(3);
    await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });
});
