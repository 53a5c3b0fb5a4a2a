import { expect, test } from './edition';
import { openMap, renderedFeatureIds, waitForReady, watchPage, withoutWebGL } from './map-page';

test.describe('faults in the browser', () => {
  test('a layer request that times out shows its error with retry; the others still draw', async ({ page }) => {
    let timeOut = true;
    await page.route('**/api/layers/refugees', (route) => (timeOut ? route.abort('timedout') : route.fallback()));
    await page.goto('/');
    const alert = page.locator('.layer-toggle--refugees [role="alert"]');
    await expect(alert).toContainText('Refugees could not be loaded (the server could not be reached)', { timeout: 30_000 });
    await page.waitForFunction(() => window.__map?.loaded());
    await expect.poll(() => renderedFeatureIds(page, 'ports')).toEqual(expect.arrayContaining(['kherson', 'mariupol']));
    timeOut = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForReady(page);
    expect(await renderedFeatureIds(page, 'refugees')).toEqual(expect.arrayContaining(['flow-poland-2022-03-03']));
  });

  test('the server goes away while the page is open; once it is back, the next retry succeeds', async ({ page }) => {
    await openMap(page, '/?layers=talks');
    // The server "restarts": every API request is refused until it is back.
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.getByRole('checkbox', { name: /^ports/i }).check();
    const alert = page.locator('.layer-toggle--ports [role="alert"]');
    await expect(alert).toContainText('could not be reached', { timeout: 30_000 });
    await page.unroute('**/api/**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForReady(page);
    expect(await renderedFeatureIds(page, 'ports')).toEqual(expect.arrayContaining(['kherson']));
  });

  test('a feature’s details are read from its layer when opened; if that read fails, the popup says so, with retry', async ({ page }) => {
    await openMap(page, '/?layers=kyiv');
    await page.getByRole('checkbox', { name: /^cities/i }).check();
    await waitForReady(page);
    // The page holds only the labels: the details come from the layer itself, read now (routing
    // bypasses the HTTP cache, where MapLibre's worker left it; a layer switched on later has no prefetch hint).
    let refuse = true;
    await page.route('**/api/layers/cities', (route) => (refuse ? route.abort('connectionrefused') : route.fallback()));
    await page.getByRole('button', { name: 'Chernihiv', exact: true }).click();
    const popup = page.locator('.maplibregl-popup');
    await expect(popup.getByRole('alert')).toContainText('The details could not be loaded (the server could not be reached).');
    refuse = false;
    await popup.getByRole('button', { name: 'Retry' }).click();
    await expect(popup.getByRole('heading', { name: 'Chernihiv' })).toBeVisible();
    await expect(popup).toContainText(/From Kyiv\s*\d+\skm/);
    // The rest of the map never noticed.
    await expect(page.locator('.layer-toggle [role="alert"]')).toHaveCount(0);
  });

  test('a lost WebGL context shows a clear message, and the map redraws when it is restored', async ({ page }) => {
    const watch = watchPage(page);
    await openMap(page);
    await page.evaluate(() => {
      const gl = window.__map!.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
    });
    await expect(page.locator('.app__map [role="alert"]')).toContainText('drawing surface was lost');
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await expect(page.locator('.app__map [role="alert"]')).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => renderedFeatureIds(page, 'talks'), { timeout: 20_000 }).toEqual(['talks-round-1', 'talks-round-1-area', 'talks-round-2', 'talks-round-2-area']);
    expect(watch.errors.filter((e) => !/context lost|CONTEXT_LOST/i.test(e))).toEqual([]);
  });

  test('without WebGL the page says so instead of crashing or showing a blank box', async ({ page }) => {
    await withoutWebGL(page);
    await page.goto('/');
    await expect(page.locator('.app__map [role="alert"]')).toContainText(/cannot draw the map|could not start|hit a problem/i, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^talks/i })).toBeVisible();
  });
});
