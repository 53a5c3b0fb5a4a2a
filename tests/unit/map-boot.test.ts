import type * as MapLibre from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { INITIAL_BOUNDS } from '@/lib/config';
import { slotLayerId } from '@/lib/map/base-style';
import { bootMap } from '@/lib/map/boot/boot-map';
import { BOOT_SCRIPT_WAIT_MS, MAP_BOOT_RAN_EVENT, afterBootScript, type MapBootState } from '@/lib/map/boot/map-boot-state';
import { warmMapLibre } from '@/lib/map/boot/warm-maplibre';
import { initialStyle, mapInteraction, mapOptions, scriptSafeJson } from '@/lib/map/map-boot';
import { MAP_CONTAINER_ID, hatchImage } from '@/lib/map/map-setup';
import { MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';
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

describe('mapOptions', () => {
  it('frames the default bounds, a bbox, or a view, with the settings MapCanvas gives react-map-gl', () => {
    expect(mapOptions({ view: null, cooperativeGestures: true })).toMatchObject({
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      cooperativeGestures: true,
      dragRotate: false,
      attributionControl: false,
    });
    expect(mapOptions({ view: null, bbox: [20, 45, 30, 50], cooperativeGestures: false }).bounds).toEqual([20, 45, 30, 50]);
    const viewed = mapOptions({ view: { longitude: 30.5, latitude: 50.4, zoom: 6 }, bbox: [20, 45, 30, 50], cooperativeGestures: false });
    expect(viewed).toMatchObject({ center: [30.5, 50.4], zoom: 6 });
    expect(viewed.bounds).toBeUndefined();
  });

  it('moves as MapCanvas’s map does: both take the same interaction settings', () => {
    expect(mapOptions({ view: null, cooperativeGestures: true })).toMatchObject(mapInteraction(true));
    expect(mapInteraction(false)).toMatchObject({ cooperativeGestures: false, dragRotate: false, touchPitch: false });
  });
});

describe('scriptSafeJson', () => {
  it('cannot close the script element or break a line', () => {
    const json = scriptSafeJson({ a: '</script><script>alert(1)</script>', b: '\u2028\u2029' });
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>alert(1)</script>', b: '\u2028\u2029' });
  });
});

const DAYS = { dates: ['2022-03-02', '2022-03-03'], defaultDate: '2022-03-03' };

/** Runs bootMap against a stand-in MapLibre, window and document; returns what it did. */
function runBoot(options: { slotSize?: [number, number] | null; claimed?: boolean; dark?: boolean; mapThrows?: boolean; search?: string; kind?: 'map' | 'embed' }) {
  const calls: { onError?: (e: { sourceId?: string; error?: { status?: number } }) => void; onIdle?: () => void; workerUrl?: string; prewarmed: boolean; mapOptions?: Record<string, unknown>; image?: { id: string; width: number; data: Uint8Array } } = { prewarmed: false };
  /** What the stand-in map reports: whether it is loaded, and which sources are. */
  const state = { loaded: false, sourcesLoaded: new Set<string>() };
  const events: string[] = [];
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
        if (type === 'error') calls.onError = listener;
        if (type === 'idle') calls.onIdle = listener as () => void;
      }
      off(type: string) {
        if (type === 'idle') calls.onIdle = undefined;
      }
      loaded() {
        return state.loaded;
      }
      isSourceLoaded(id: string) {
        return state.sourcesLoaded.has(id);
      }
    },
  };
  const [w, h] = options.slotSize === undefined ? [800, 500] : (options.slotSize ?? [0, 0]);
  const slot = options.slotSize === null ? null : { clientWidth: w, clientHeight: h, getBoundingClientRect: () => ({ left: 10, top: 120, width: w, height: h }) };
  const win = {
    __mapBoot: (options.claimed ? { map: null, claimed: true, error: null, failed: [] } : undefined) as MapBootState | undefined,
    scrollX: 0,
    scrollY: 30,
    location: { search: options.search ?? '' },
    matchMedia: () => ({ matches: options.dark ?? false }),
    dispatchEvent: (event: Event) => events.push(event.type),
    document: {
      documentElement: { setAttribute: (name: string, value: string) => events.push(`${name}=${value}`) },
      getElementById: (id: string) => (id === MAP_CONTAINER_ID ? slot : null),
      createElement: () => {
        const element = { style: { cssText: '' }, removed: false, remove: () => (element.removed = true) };
        return element;
      },
      body: { appendChild: (e: (typeof appended)[number]) => appended.push(e) },
    },
  };
  bootMap(m as unknown as typeof MapLibre, { kind: options.kind ?? 'embed', days: DAYS, locale: 'en' }, win as unknown as Window);
  return { calls, appended, boot: win.__mapBoot!, state, events };
}

describe('the boot script', () => {
  it('draws the map the address asks for over its container, in the reader’s scheme, with the hatch, and leaves it for React', () => {
    const { calls, appended, boot } = runBoot({ dark: true, search: '?layers=refugees&date=2022-03-02&bbox=20,45,30,50' });
    expect(calls.workerUrl).toBe(MAPLIBRE_WORKER_URL);
    expect(calls.mapOptions).toMatchObject({
      ...mapOptions({ view: null, bbox: [20, 45, 30, 50], cooperativeGestures: true }),
      style: initialStyle(['refugees'], 'dark', '2022-03-02'),
    });
    expect(appended[0]!.style.cssText).toBe('position:absolute;left:10px;top:150px;width:800px;height:500px');
    expect(calls.image?.id).toBe('crimea-hatch');
    expect(Array.from(calls.image?.data ?? [])).toEqual(Array.from(hatchImage('dark').data));
    expect(boot.map).toBeTruthy();
    expect(boot.scheme).toBe('dark');
    // A source whose URL fails is recorded for React to report (with the server's status, where it
    // answered); other errors are not.
    calls.onError?.({ sourceId: 'refugees' });
    calls.onError?.({ sourceId: 'ports', error: { status: 503 } });
    calls.onError?.({});
    expect(boot.failed).toEqual(['refugees', 'ports']);
    expect(boot.failedStatus).toEqual({ ports: 503 });
  });

  it('marks the page drawn once the map is idle with every source loaded, and only then; once', () => {
    const { calls, boot, state, events } = runBoot({ search: '?layers=talks' });
    calls.onIdle?.();
    expect(boot.done).toBeUndefined();
    state.loaded = true;
    state.sourcesLoaded = new Set(['basemap', 'coast', 'kyiv']);
    calls.onIdle?.();
    expect(boot.done).toBeUndefined();
    state.sourcesLoaded.add('talks');
    calls.onIdle?.();
    expect(boot).toMatchObject({ done: true, drawn: true });
    expect(events).toEqual(['mapbootran', 'data-map-drawn=true']);
    expect(calls.onIdle).toBeUndefined();
  });

  it('is done without marking the page drawn when a source fails or React took the map first', () => {
    const failed = runBoot({});
    failed.calls.onError?.({ sourceId: 'refugees' });
    expect(failed.boot).toMatchObject({ done: true, drawn: false });
    expect(failed.events).toEqual(['mapbootran']);

    const taken = runBoot({});
    taken.boot.claimed = true;
    taken.state.loaded = true;
    taken.state.sourcesLoaded = new Set(['basemap', 'coast', 'refugees', 'talks', 'ports', 'kyiv', 'cities', 'context']);
    taken.calls.onIdle?.();
    expect(taken.boot.drawn).toBeUndefined();
    expect(taken.events).toEqual(['mapbootran']);
  });

  it('uses the embed’s own theme over the system setting', () => {
    expect(runBoot({ dark: true, search: '?theme=light' }).boot.scheme).toBe('light');
    expect(runBoot({ dark: false, search: '?theme=dark' }).boot.scheme).toBe('dark');
  });

  it('reads the full map’s address as the full map does: no theme, no bbox, no cooperative gestures', () => {
    const { calls, boot } = runBoot({ kind: 'map', dark: false, search: '?layers=talks&view=30.5,50.4,6&theme=dark&date=2021-01-01' });
    expect(boot.scheme).toBe('light');
    expect(calls.mapOptions).toMatchObject({ center: [30.5, 50.4], zoom: 6, cooperativeGestures: false, style: initialStyle(['talks'], 'light', '2022-03-03') });
  });

  it('only warms the worker when React already made the map, or there is no sized container', () => {
    for (const run of [runBoot({ claimed: true }), runBoot({ slotSize: null }), runBoot({ slotSize: [0, 400] })]) {
      expect(run.calls.prewarmed).toBe(true);
      expect(run.boot).toMatchObject({ done: true, drawn: false, ran: true });
      expect(run.events).toEqual(['mapbootran']);
      expect(run.calls.mapOptions).toBeUndefined();
      expect(run.boot.map).toBeNull();
    }
  });

  it('records a failure (no WebGL) and removes what it added, for React to handle', () => {
    const { boot, appended } = runBoot({ mapThrows: true });
    expect(boot.error).toContain('WebGL');
    expect(boot).toMatchObject({ done: true, drawn: false, ran: true });
    expect(boot.map).toBeNull();
    expect(appended[0]!.removed).toBe(true);
  });
});

describe('warmMapLibre', () => {
  it('points MapLibre at this origin’s worker, then starts it: in that order, or prewarm would start the default one', () => {
    const calls: string[] = [];
    warmMapLibre({
      setWorkerUrl: (url) => calls.push(`setWorkerUrl ${url}`),
      prewarm: () => calls.push('prewarm'),
    });
    expect(calls).toEqual([`setWorkerUrl ${MAPLIBRE_WORKER_URL}`, 'prewarm']);
  });
});

describe('afterBootScript', () => {
  /** A window with events and timers, as afterBootScript uses it. */
  const fakeWindow = (ran?: boolean) =>
    Object.assign(new EventTarget(), {
      __mapBoot: ran === undefined ? undefined : { map: null, claimed: false, error: null, failed: [], ran },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    }) as unknown as Window;
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return done;
  };

  it('lets React go at once when the boot script has run, and waits for it otherwise', async () => {
    expect(await settled(afterBootScript(fakeWindow(true)))).toBe(true);
    const win = fakeWindow();
    const waiting = afterBootScript(win, 10_000);
    expect(await settled(waiting)).toBe(false);
    win.dispatchEvent(new Event(MAP_BOOT_RAN_EVENT));
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting after a while: a blocked boot script must not keep the map from being made', async () => {
    vi.useFakeTimers();
    try {
      const waiting = afterBootScript(fakeWindow(), BOOT_SCRIPT_WAIT_MS);
      let done = false;
      void waiting.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(BOOT_SCRIPT_WAIT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
