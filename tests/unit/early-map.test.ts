import type * as MapLibre from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { INITIAL_BOUNDS } from '@/lib/config';
import { slotLayerId } from '@/lib/map/base-style';
import { drawEarlyMap } from '@/lib/map/early/draw-early-map';
import { EARLY_MAP_WAIT_MS, EARLY_MAP_RAN_EVENT, afterEarlyMap, type EarlyMapState } from '@/lib/map/early/early-map-state';
import { warmMapLibre } from '@/lib/map/early/warm-maplibre';
import { MAP_CONTAINER_ID, initialStyle, mapInteraction, mapOptions } from '@/lib/map/map-options';
import { scriptSafeJson } from '@/lib/page/script-safe-json';
import { patternImage } from '@/lib/map/pattern-images';
import { MAPLIBRE_WORKER_URL } from '@/lib/map/maplibre-assets';
import { placedStyleLayers } from '@/lib/map/placed-style-layers';
import { STYLE_LAYERS } from '@/lib/map/style-layers';
import { DARK_PAINT_OVERRIDES } from '@/lib/map/themes';
import { LAYERS } from '@/lib/layers/layers';
import { ALWAYS_ON_LAYER_IDS, LAYER_IDS, TOGGLEABLE_LAYER_IDS, isAlwaysOn, type ToggleableLayerId } from '@/lib/layers/registry';
import type { DatedStyle } from '@/lib/layers/style-layer';

// Layers from the list, not by name: the first two switches, and the layer of day-by-day figures.
const [first, second] = TOGGLEABLE_LAYER_IDS as [ToggleableLayerId, ToggleableLayerId];
const DATED = LAYERS.find((l) => 'dated' in l && l.dated) as (typeof LAYERS)[number] & { dated: DatedStyle; id: ToggleableLayerId };
const DATED_STYLE_LAYER = DATED.dated.styleLayers[0]!;

describe('initialStyle', () => {
  const style = initialStyle([first, second], 'light', '2022-03-03');
  const ids = style.layers.map((l) => l.id);
  const loaded = LAYER_IDS.filter((id) => isAlwaysOn(id) || id === first || id === second);

  it('has a source per layer that loads with the page, as the URL React’s map reads', () => {
    expect(Object.keys(style.sources).sort()).toEqual([...loaded].sort());
    expect(style.sources[first]).toEqual({ type: 'geojson', data: `/api/layers/${first}`, promoteId: 'id' });
  });

  it('puts each layer’s style layers just before its slot, as React places them, and no others', () => {
    for (const id of loaded) {
      const slot = ids.indexOf(slotLayerId(id));
      const placed = STYLE_LAYERS[id].map((l) => l.id);
      expect(ids.slice(slot - placed.length, slot), id).toEqual(placed);
    }
    for (const id of LAYER_IDS.filter((l) => !loaded.includes(l))) {
      for (const layer of STYLE_LAYERS[id]) expect(ids, layer.id).not.toContain(layer.id);
      expect(ids).toContain(slotLayerId(id));
    }
  });

  it('holds the very layers React renders, shown, in the scheme asked for; a dated layer shows its day only', () => {
    const dark = initialStyle([DATED.id], 'dark', '2022-03-02');
    const fill = dark.layers.find((l) => l.id === DATED_STYLE_LAYER);
    expect(fill).toEqual(placedStyleLayers(DATED.id, 'dark', true, '2022-03-02').find((l) => l.id === DATED_STYLE_LAYER));
    expect(fill && 'filter' in fill && JSON.stringify(fill.filter)).toContain('"2022-03-02"');
    expect(fill && 'paint' in fill && fill.paint).toMatchObject(DARK_PAINT_OVERRIDES[DATED_STYLE_LAYER]!);
    expect(dark.layers.find((l) => l.id === 'background')).toMatchObject({ paint: DARK_PAINT_OVERRIDES.background });
    expect(placedStyleLayers(first, 'light', false, '2022-03-03').every((l) => l.layout?.visibility === 'none')).toBe(true);
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
  const calls: { onLoad?: () => void; onError?: (e: { sourceId?: string; error?: { status?: number } }) => void; onIdle?: () => void; workerUrl?: string; prewarmed: boolean; mapOptions?: Record<string, unknown>; image?: { id: string; width: number; data: Uint8Array } } = { prewarmed: false };
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
      once(type: string, listener: () => void) {
        if (type === 'load') calls.onLoad = listener;
      }
      off(type: string) {
        if (type === 'idle') calls.onIdle = undefined;
      }
      hasImage() {
        return false;
      }
      getSource(id: string) {
        return state.sourcesLoaded.has(id) || state.loaded ? {} : undefined;
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
    __earlyMap: (options.claimed ? { map: null, claimed: true, error: null, failed: [] } : undefined) as EarlyMapState | undefined,
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
  drawEarlyMap(m as unknown as typeof MapLibre, { kind: options.kind ?? 'embed', days: DAYS, locale: 'en' }, win as unknown as Window);
  return { calls, appended, boot: win.__earlyMap!, state, events };
}

describe('the early map', () => {
  it('draws the map the address asks for over its container, in the reader’s scheme, with the hatch, and leaves it for React', () => {
    const { calls, appended, boot } = runBoot({ dark: true, search: `?layers=${DATED.id}&date=2022-03-02&bbox=20,45,30,50` });
    expect(calls.workerUrl).toBe(MAPLIBRE_WORKER_URL);
    expect(calls.mapOptions).toMatchObject({
      ...mapOptions({ view: null, bbox: [20, 45, 30, 50], cooperativeGestures: true }),
      style: initialStyle([DATED.id], 'dark', '2022-03-02'),
    });
    expect(appended[0]!.style.cssText).toBe('position:absolute;left:10px;top:150px;width:800px;height:500px');
    expect(calls.image?.id).toBe('crimea-hatch');
    expect(Array.from(calls.image?.data ?? [])).toEqual(Array.from(patternImage('crimea-hatch', 'dark')!.data));
    expect(boot.map).toBeTruthy();
    expect(boot.scheme).toBe('dark');
    // It hears its map's load itself, for React to replay (MapLibre's own flag is private).
    expect(boot.loaded).toBeUndefined();
    calls.onLoad?.();
    expect(boot.loaded).toBe(true);
    // A source whose URL fails is recorded for React to report (with the server's status, where it
    // answered); other errors are not.
    calls.onError?.({ sourceId: first });
    calls.onError?.({ sourceId: second, error: { status: 503 } });
    calls.onError?.({});
    expect(boot.failed).toEqual([first, second]);
    expect(boot.failedStatus).toEqual({ [second]: 503 });
  });

  it('marks the page drawn once the map is idle with every source loaded, and only then; once', () => {
    const { calls, boot, state, events } = runBoot({ search: `?layers=${second}` });
    calls.onIdle?.();
    expect(boot.done).toBeUndefined();
    state.loaded = true;
    state.sourcesLoaded = new Set([...ALWAYS_ON_LAYER_IDS, first]);
    calls.onIdle?.();
    expect(boot.done).toBeUndefined();
    state.sourcesLoaded.add(second);
    calls.onIdle?.();
    expect(boot).toMatchObject({ done: true, drawn: true });
    expect(events).toEqual(['earlymapran', 'data-map-drawn=true']);
    expect(calls.onIdle).toBeUndefined();
  });

  it('is done without marking the page drawn when a source fails or React took the map first', () => {
    const failed = runBoot({});
    failed.calls.onError?.({ sourceId: first });
    expect(failed.boot).toMatchObject({ done: true, drawn: false });
    expect(failed.events).toEqual(['earlymapran']);

    const taken = runBoot({});
    taken.boot.claimed = true;
    taken.state.loaded = true;
    taken.state.sourcesLoaded = new Set(LAYER_IDS);
    taken.calls.onIdle?.();
    expect(taken.boot.drawn).toBeUndefined();
    expect(taken.events).toEqual(['earlymapran']);
  });

  it('uses the embed’s own theme over the system setting', () => {
    expect(runBoot({ dark: true, search: '?theme=light' }).boot.scheme).toBe('light');
    expect(runBoot({ dark: false, search: '?theme=dark' }).boot.scheme).toBe('dark');
  });

  it('reads the full map’s address as the full map does: no theme, no bbox, no cooperative gestures', () => {
    const { calls, boot } = runBoot({ kind: 'map', dark: false, search: `?layers=${first}&view=30.5,50.4,6&theme=dark&date=2021-01-01` });
    expect(boot.scheme).toBe('light');
    expect(calls.mapOptions).toMatchObject({ center: [30.5, 50.4], zoom: 6, cooperativeGestures: false, style: initialStyle([first], 'light', '2022-03-03') });
  });

  it('only warms the worker when React already made the map, or there is no sized container', () => {
    for (const run of [runBoot({ claimed: true }), runBoot({ slotSize: null }), runBoot({ slotSize: [0, 400] })]) {
      expect(run.calls.prewarmed).toBe(true);
      expect(run.boot).toMatchObject({ done: true, drawn: false, ran: true });
      expect(run.events).toEqual(['earlymapran']);
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

describe('afterEarlyMap', () => {
  /** A window with events and timers, as afterEarlyMap uses it. */
  const fakeWindow = (ran?: boolean) =>
    Object.assign(new EventTarget(), {
      __earlyMap: ran === undefined ? undefined : { map: null, claimed: false, error: null, failed: [], ran },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    }) as unknown as Window;
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return done;
  };

  it('lets React go at once when the early map’s script has run, and waits for it otherwise', async () => {
    expect(await settled(afterEarlyMap(fakeWindow(true)))).toBe(true);
    const win = fakeWindow();
    const waiting = afterEarlyMap(win, 10_000);
    expect(await settled(waiting)).toBe(false);
    win.dispatchEvent(new Event(EARLY_MAP_RAN_EVENT));
    expect(await settled(waiting)).toBe(true);
  });

  it('stops waiting after a while: a blocked early-map script must not keep the map from being made', async () => {
    vi.useFakeTimers();
    try {
      const waiting = afterEarlyMap(fakeWindow(), EARLY_MAP_WAIT_MS);
      let done = false;
      void waiting.then(() => (done = true));
      await vi.advanceTimersByTimeAsync(EARLY_MAP_WAIT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
