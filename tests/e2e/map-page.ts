import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { LayerId } from '@/lib/layers/registry';
import { styleLayerIds } from '@/lib/map/style-layers';

/** What a test collects while a page is open: console errors and every request's URL. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/** Starts recording console errors, uncaught exceptions and requests. Call before `goto`. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && watch.errors.push(m.text()));
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => watch.requests.push(r.url()));
  return watch;
}

/** Opens a map page and waits until every enabled layer is loaded and the map idle after it. */
export async function openMap(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

/** Distinct features of a data layer that MapLibre has drawn in the viewport. */
export async function renderedFeatureIds(page: Page, layer: LayerId): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = window.__map;
    if (!map) throw new Error('window.__map is not set: the map never loaded');
    const present = ids.filter((id) => map.getLayer(id));
    if (present.length === 0) return [];
    const found = map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties?.id));
    return [...new Set(found)].sort();
  }, styleLayerIds(layer));
}

/** Waits for the map to settle again after a change (a toggle, a camera move). */
/** The page's canvases answer no WebGL context, as on a browser or machine without it. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
}

/** Touch targets a thumb can hit: each at least 44 px both ways, and no two overlapping. */
export async function expectTouchTargets(targets: readonly Locator[]): Promise<void> {
  const boxes = [];
  for (const [i, target] of targets.entries()) {
    const box = (await target.boundingBox())!;
    expect(Math.min(box.width, box.height), `control ${i} is smaller than 44 px`).toBeGreaterThanOrEqual(44);
    boxes.push(box);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `controls ${i} and ${j} overlap`).toBe(false);
    }
}

/** The colours a canvas shows: how many distinct ones, and the share of its pixels in a colour ("#rrggbb"). */
export async function canvasColours(canvas: Locator): Promise<{ distinct: number; share: (hex: string) => number }> {
  const png = PNG.sync.read(await canvas.screenshot());
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join();
  return { distinct: counts.size, share: (hex) => (counts.get(rgb(hex)) ?? 0) / (png.width * png.height) };
}
