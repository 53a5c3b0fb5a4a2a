import type { Page } from '@playwright/test';
import { INITIAL_BOUNDS } from '@/lib/config';
import { PAGES } from '@/lib/page/pages';
import { expect, test } from './edition';
import { openMap } from './map-page';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { MESSAGES } from '@/lib/i18n/messages';

// At each default view of each page, in both languages, as a reader first sees it: no label over
// another, over another place's marker, under a control or outside the map; and the story's places
// named. Boxes are the labels' words (a Range over the text), not their buttons' hit areas.

/** The default views: the full map on a laptop, a tablet held upright and a phone, the embed in an article's column and a narrow one. */
const VIEWPORTS = {
  map: [{ width: 1280, height: 800 }, { width: 768, height: 1024 }, { width: 375, height: 667 }],
  embed: [{ width: 1000, height: 700 }, { width: 640, height: 480 }, { width: 343, height: 575 }],
} as const;
/** The phone views (issue 31): the full map on a phone, and the embed in a 343 px article column at the snippet's height. */
const PHONE_VIEWS = { map: { width: 375, height: 667 }, embed: { width: 343, height: 575 } } as const;
/** Places that every default view names. */
const MUST_NAME = ['kyiv', 'kherson', 'mariupol'];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Seen {
  frame: Box;
  labels: { key: string; feature: string | null; text: string; box: Box }[];
  markers: { id: string; x: number; y: number; r: number }[];
  controls: Box[];
}

/** What the reader sees: the map's box, each shown label's words, each drawn marker's centre, each control. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const map = window.__map!;
    const container = map.getContainer();
    const frame = container.getBoundingClientRect();
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const range = document.createRange();
    const labels = [...container.querySelectorAll<HTMLElement>('.maplibregl-marker .map-label')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return el.offsetParent !== null && style.visibility !== 'hidden' && Number(style.opacity) > 0;
      })
      .map((el) => {
        range.selectNodeContents(el);
        return { key: el.dataset.labelKey ?? '', feature: el.dataset.featureId ?? null, text: el.textContent ?? '', box: box(range.getBoundingClientRect()) };
      });
    const circles = map.getStyle().layers.filter((l) => l.type === 'circle' && map.getLayoutProperty(l.id, 'visibility') !== 'none').map((l) => l.id);
    // Each marker at the size MapLibre drew it (circle and stroke); a faint halo is not a marker.
    const markers = map
      .queryRenderedFeatures({ layers: circles })
      .filter((f) => f.geometry.type === 'Point')
      .filter((f) => {
        const paint = f.layer.paint as Record<string, unknown>;
        return ((paint['circle-color'] as { a?: number } | undefined)?.a ?? 1) === 0 || Number(paint['circle-opacity'] ?? 1) >= 0.5;
      })
      .map((f) => {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const { x, y } = map.project([lon, lat]);
        const paint = f.layer.paint as Record<string, unknown>;
        const r = Number(paint['circle-radius'] ?? 5) + Number(paint['circle-stroke-width'] ?? 0);
        return { id: `${f.source}:${String(f.properties?.id)}`, x: frame.left + x, y: frame.top + y, r };
      });
    const controls = [...container.querySelectorAll<HTMLElement>('.maplibregl-ctrl')].map((el) => box(el.getBoundingClientRect()));
    return { frame: box(frame), labels, markers, controls };
  });
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
/** A marker as drawn: what a label may not cover (a pixel of anti-aliasing at its edge is let go). */
const dot = (m: { x: number; y: number; r: number }): Box => ({ left: m.x - m.r + 1, top: m.y - m.r + 1, right: m.x + m.r - 1, bottom: m.y + m.r - 1 });

for (const page of PAGES) {
  for (const viewport of VIEWPORTS[page.kind]) {
    test(`${page.path} at ${viewport.width}×${viewport.height}: every label clear of the others, of other places’ markers, of the controls and of the map’s edge; Kyiv, Kherson and Mariupol named`, async ({ page: tab }) => {
      await tab.setViewportSize(viewport);
      await openMap(tab, page.path);
      await expect(tab.locator('[data-labels-placed]')).toHaveCount(1);
      // The view settles (the labels are placed again on moveend), then what the reader sees is read.
      await tab.waitForTimeout(300);
      const { frame, labels, markers, controls } = await seen(tab);
      expect(labels.length).toBeGreaterThan(8);
      const problems: string[] = [];
      for (const [i, a] of labels.entries()) {
        if (a.box.left < frame.left || a.box.top < frame.top || a.box.right > frame.right || a.box.bottom > frame.bottom) problems.push(`«${a.text}» leaves the map`);
        for (const c of controls) if (overlap(a.box, c)) problems.push(`«${a.text}» is under a control`);
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`«${a.text}» is over «${b.text}»`);
        // Its own place's marker (and another layer's at the very same point, Kyiv's cities marker) it may sit beside.
        const own = markers.filter((m) => m.id === a.key).map((m) => [m.x, m.y]);
        for (const m of markers) {
          if (m.id === a.key || own.some(([x, y]) => Math.hypot(x! - m.x, y! - m.y) < 1)) continue;
          if (overlap(a.box, dot(m))) problems.push(`«${a.text}» is over the marker of ${m.id}`);
        }
      }
      for (const id of MUST_NAME) if (!labels.some((l) => l.feature === id)) problems.push(`no label names ${id}`);
      expect(problems).toEqual([]);
      await tab.screenshot({ path: test.info().outputPath(`labels-${page.kind}-${page.locale}-${viewport.width}.png`) });
    });
  }
}

for (const page of PAGES) {
  test(`${page.path} at a phone's size: no place's marker is drawn over the centre of another's; a marker that stands for a neighbour offers it`, async ({ page: tab, request }) => {
    await tab.setViewportSize(PHONE_VIEWS[page.kind]);
    await openMap(tab, page.path);
    await expect(tab.locator('[data-labels-placed]')).toHaveCount(1);
    await tab.waitForTimeout(300);
    const { markers } = await seen(tab);
    expect(markers.length).toBeGreaterThan(20);
    // One place that two layers mark (a city under fire that is also the capital or a port: its halo and point under
    // the other layer's marker) is one place, not two: the cities layer's labels name the layer that marks it.
    const cityLabels = (await (await request.get(page.locale === 'en' ? '/api/labels/cities' : `/api/${page.locale}/labels/cities`)).json()) as LabelCollection;
    const shared = new Map(cityLabels.features.filter((f) => typeof f.properties.sharedWith === 'string').map((f) => [`cities:${f.properties.id}`, String(f.properties.sharedWith)]));
    const onePlace = (a: string, b: string) => shared.get(a) === b.split(':')[0] || shared.get(b) === a.split(':')[0];
    const stacked: string[] = [];
    for (const a of markers)
      for (const b of markers)
        if (a.id !== b.id && !onePlace(a.id, b.id) && Math.hypot(a.x - b.x, a.y - b.y) < a.r) stacked.push(`${a.id} (${a.r} px) over the centre of ${b.id}, ${Math.hypot(a.x - b.x, a.y - b.y).toFixed(1)} px away`);
    expect([...new Set(stacked)]).toEqual([]);

    // Irpin, a few kilometres from Kyiv, is drawn as one with it here: Kyiv's details offer it, and it opens.
    const irpin = cityLabels.features.find((f) => f.properties.id === 'irpin-under-fire')!;
    expect(markers.some((m) => m.id === 'cities:irpin-under-fire')).toBe(false);
    const kyiv = markers.find((m) => m.id === 'kyiv:kyiv')!;
    await tab.mouse.click(kyiv.x, kyiv.y);
    const offer = tab.getByRole('navigation', { name: MESSAGES[page.locale].details.alsoHere });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: irpin.properties.name }).click();
    await expect(tab.locator('.feature-popup .details__name')).toHaveText(irpin.properties.name);
  });
}

/** Upright screens: a phone, and a tablet, which takes the phone's layout (a panel beside the map would leave it too narrow). */
const UPRIGHT = [
  { name: 'a phone', width: 375, height: 667 },
  { name: 'a tablet held upright', width: 768, height: 1024 },
] as const;

for (const page of PAGES.filter((p) => p.kind === 'map')) {
  for (const screen of UPRIGHT) {
    test(`${page.path} on ${screen.name} (${screen.width}×${screen.height}): the first screen is mostly map, under the headline, with its buttons in one row, and the map shows the story's whole region`, async ({ page: tab }) => {
      await tab.setViewportSize({ width: screen.width, height: screen.height });
      await openMap(tab, page.path);
      const layout = await tab.evaluate(() => {
        const map = document.querySelector('.app__map')!.getBoundingClientRect();
        const title = document.querySelector('.app__title')!.getBoundingClientRect();
        const buttons = [...document.querySelectorAll<HTMLElement>('.app__actions > :is(button, a)')].filter((b) => b.offsetParent !== null).map((b) => b.getBoundingClientRect());
        const visible = Math.max(0, Math.min(map.bottom, innerHeight) - Math.max(map.top, 0));
        const bounds = window.__map!.getBounds();
        return {
          share: visible / innerHeight,
          mapTop: map.top,
          titleBottom: title.bottom,
          tops: buttons.map((b) => Math.round(b.top)),
          rights: buttons.map((b) => b.right),
          width: document.documentElement.scrollWidth,
          shown: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
        };
      });
      expect(layout.share).toBeGreaterThanOrEqual(0.6);
      expect(layout.mapTop).toBeGreaterThan(layout.titleBottom);
      expect(layout.tops.length).toBeGreaterThanOrEqual(3);
      expect(new Set(layout.tops).size).toBe(1);
      for (const right of layout.rights) expect(right).toBeLessThanOrEqual(screen.width);
      expect(layout.width).toBeLessThanOrEqual(screen.width);
      // The whole story: Ukraine, the arrows to the west, Moscow (INITIAL_BOUNDS), not a view the pan limits zoomed in.
      const [west, south, east, north] = layout.shown as [number, number, number, number];
      const [w, s, e, n] = INITIAL_BOUNDS as [number, number, number, number];
      expect(west).toBeLessThanOrEqual(w);
      expect(south).toBeLessThanOrEqual(s);
      expect(east).toBeGreaterThanOrEqual(e);
      expect(north).toBeGreaterThanOrEqual(n);
    });
  }
}

for (const page of PAGES.filter((p) => p.kind === 'map')) {
  test(`${page.path} on the narrowest phones (360 and 320 wide): nothing scrolls sideways, every button is on the screen`, async ({ page: tab }) => {
    for (const width of [360, 320]) {
      await tab.setViewportSize({ width, height: 640 });
      await openMap(tab, page.path);
      const layout = await tab.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        rights: [...document.querySelectorAll<HTMLElement>('.app__actions > :is(button, a)')].filter((b) => b.offsetParent !== null).map((b) => b.getBoundingClientRect().right),
      }));
      expect(layout.scroll, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(width);
      for (const right of layout.rights) expect(right).toBeLessThanOrEqual(width);
    }
  });
}
