import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { INITIAL_BOUNDS } from '@/lib/config';
import { slotLayerId } from '@/lib/map/base-style';
import { initialStyle, mapBootScript, mapBootSpec, scriptSafeJson } from '@/lib/map/map-boot';
import { MAP_CONTAINER_ID, hatchImage } from '@/lib/map/map-setup';
import { MAPLIBRE_URL, MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';
import { placedStyleLayers } from '@/lib/map/placed-style-layers';
import { STYLE_LAYERS } from '@/lib/map/style-layers';
import { DARK_PAINT_OVERRIDES } from '@/lib/map/themes';

describe('initialStyle', () => {
  const style = initialStyle(['talks', 'refugees'], 'light', '2022-03-03');
  const ids = style.layers.map((l) => l.id);

  it('has a source per layer that loads with the page, as the URL MapCanvas fetches', () => {
    expect(Object.keys(style.sources).sort()).toEqual(['basemap', 'coast', 'refugees', 'talks']);
    expect(style.sources.talks).toEqual({ type: 'geojson', data: '/api/layers/talks', promoteId: 'id' });
  });

  it('puts each layer’s style layers just before its slot, as MapCanvas places them, and no others', () => {
    for (const id of ['basemap', 'coast', 'refugees', 'talks'] as const) {
      const slot = ids.indexOf(slotLayerId(id));
      const placed = STYLE_LAYERS[id].map((l) => l.id);
      expect(ids.slice(slot - placed.length, slot), id).toEqual(placed);
    }
    for (const id of ['ports', 'kyiv', 'context'] as const) {
      for (const layer of STYLE_LAYERS[id]) expect(ids, layer.id).not.toContain(layer.id);
      expect(ids).toContain(slotLayerId(id));
    }
  });

  it('holds the very layers MapCanvas renders, shown, in the scheme asked for', () => {
    const dark = initialStyle(['refugees'], 'dark', '2022-03-02');
    const fill = dark.layers.find((l) => l.id === 'refugees-flow-fill');
    expect(fill).toEqual(placedStyleLayers('refugees', 'dark', true, '2022-03-02').find((l) => l.id === 'refugees-flow-fill'));
    // Only the chosen day's arrows: the filter names the day.
    expect(fill && 'filter' in fill && JSON.stringify(fill.filter)).toContain('"2022-03-02"');
    expect(fill && 'paint' in fill && fill.paint).toMatchObject(DARK_PAINT_OVERRIDES['refugees-flow-fill']!);
    expect(dark.layers.find((l) => l.id === 'background')).toMatchObject({ paint: DARK_PAINT_OVERRIDES.background });
    expect(placedStyleLayers('talks', 'light', false, '2022-03-03').every((l) => l.layout?.visibility === 'none')).toBe(true);
  });
});

describe('mapBootSpec', () => {
  it('frames the default bounds, a bbox, or a view, with the settings MapCanvas gives react-map-gl', () => {
    const base = { enabled: ['talks'] as const, theme: 'auto' as const, cooperativeGestures: true, refugeeDate: '2022-03-03' };
    expect(mapBootSpec({ ...base, view: null }).options).toMatchObject({
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      cooperativeGestures: true,
      dragRotate: false,
      attributionControl: false,
    });
    expect(mapBootSpec({ ...base, view: null, bbox: [20, 45, 30, 50] }).options.bounds).toEqual([20, 45, 30, 50]);
    const viewed = mapBootSpec({ ...base, view: { longitude: 30.5, latitude: 50.4, zoom: 6 } }).options;
    expect(viewed).toMatchObject({ center: [30.5, 50.4], zoom: 6 });
    expect(viewed.bounds).toBeUndefined();
  });

  it('carries the hatch tile of each scheme', () => {
    const { hatch } = mapBootSpec({ enabled: [], view: null, theme: 'dark', cooperativeGestures: false, refugeeDate: '2022-03-03' });
    expect(new Uint8Array(Buffer.from(hatch.data.dark, 'base64'))).toEqual(hatchImage('dark').data);
    expect(hatch.data.light).not.toBe(hatch.data.dark);
  });
});

describe('scriptSafeJson', () => {
  it('cannot close the script element or break a line', () => {
    const json = scriptSafeJson({ a: '</script><script>alert(1)</script>', b: '\u2028\u2029' });
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '\u2028\u2029' });
  });
});

/** Runs the boot script against a stand-in MapLibre and document; returns what it did. */
function runBoot(options: { slotSize?: [number, number] | null; claimed?: boolean; dark?: boolean; mapThrows?: boolean; theme?: 'auto' | 'light' }) {
  const spec = mapBootSpec({ enabled: ['refugees'], view: null, theme: options.theme ?? 'auto', cooperativeGestures: true, refugeeDate: '2022-03-03' });
  const calls: { onError?: (e: { sourceId?: string }) => void; workerUrl?: string; prewarmed: boolean; mapOptions?: Record<string, unknown>; image?: { id: string; width: number; data: Uint8Array } } = { prewarmed: false };
  const appended: { style: { cssText: string }; removed: boolean; remove(): void }[] = [];
  const m = {
    setWorkerUrl: (url: string) => (calls.workerUrl = url),
    prewarm: () => (calls.prewarmed = true),
    Map: class {
      constructor(mapOptions: Record<string, unknown>) {
        if (options.mapThrows) throw new Error('Failed to initialize WebGL');
        calls.mapOptions = mapOptions;
      }
      addImage(id: string, image: { width: number; data: Uint8Array }) {
        calls.image = { id, ...image };
      }
      on(type: string, listener: (e: { sourceId?: string }) => void) {
        calls.onError = type === 'error' ? listener : calls.onError;
      }
    },
  };
  const [w, h] = options.slotSize === undefined ? [800, 500] : (options.slotSize ?? [0, 0]);
  const slot = options.slotSize === null ? null : { clientWidth: w, clientHeight: h, getBoundingClientRect: () => ({ left: 10, top: 120, width: w, height: h }) };
  const window: { __mapBoot?: { map: unknown; claimed: boolean; error: string | null; failed: string[]; scheme?: string } } = {};
  if (options.claimed) window.__mapBoot = { map: null, claimed: true, error: null, failed: [] };
  const context = {
    m,
    window,
    scrollX: 0,
    scrollY: 30,
    atob: (s: string) => Buffer.from(s, 'base64').toString('latin1'),
    matchMedia: () => ({ matches: options.dark ?? false }),
    document: {
      getElementById: (id: string) => (id === MAP_CONTAINER_ID ? slot : null),
      createElement: () => {
        const element = { style: { cssText: '' }, removed: false, remove: () => (element.removed = true) };
        return element;
      },
      body: { appendChild: (e: (typeof appended)[number]) => appended.push(e) },
    },
  };
  const source = mapBootScript(spec);
  expect(source.startsWith(`import*as m from${JSON.stringify(MAPLIBRE_URL)};`)).toBe(true);
  runInNewContext(source.replace(/^import\*as m from[^;]+;/, ''), context);
  return { calls, appended, boot: window.__mapBoot!, spec };
}

describe('the boot script', () => {
  it('draws the map over its container, in the reader’s scheme, with the hatch, and leaves it for React', () => {
    const { calls, appended, boot, spec } = runBoot({ dark: true });
    expect(calls.workerUrl).toBe(MAPLIBRE_WORKER_URL);
    expect(calls.mapOptions).toMatchObject({ ...spec.options, style: spec.styles.dark });
    expect(appended[0]!.style.cssText).toBe('position:absolute;left:10px;top:150px;width:800px;height:500px');
    expect(calls.image?.id).toBe('crimea-hatch');
    expect(Array.from(calls.image?.data ?? [])).toEqual(Array.from(hatchImage('dark').data));
    expect(boot.map).toBeTruthy();
    expect(boot.scheme).toBe('dark');
    // A source whose URL fails is recorded for React to refill; other errors are not.
    calls.onError?.({ sourceId: 'refugees' });
    calls.onError?.({});
    expect(boot.failed).toEqual(['refugees']);
  });

  it('uses the embed’s own theme over the system setting', () => {
    expect(runBoot({ dark: true, theme: 'light' }).boot.scheme).toBe('light');
  });

  it('only warms the worker when React already made the map, or there is no sized container', () => {
    for (const run of [runBoot({ claimed: true }), runBoot({ slotSize: null }), runBoot({ slotSize: [0, 400] })]) {
      expect(run.calls.prewarmed).toBe(true);
      expect(run.calls.mapOptions).toBeUndefined();
      expect(run.boot.map).toBeNull();
    }
  });

  it('records a failure (no WebGL) and removes what it added, for React to handle', () => {
    const { boot, appended } = runBoot({ mapThrows: true });
    expect(boot.error).toContain('WebGL');
    expect(boot.map).toBeNull();
    expect(appended[0]!.removed).toBe(true);
  });
});
