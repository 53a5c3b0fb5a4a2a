import type * as MapLibre from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingInternals, withEarlyMap } from '@/lib/map/early/adopt-early-map';
import type { EarlyMapState } from '@/lib/map/early/early-map-state';

/** A DOMTokenList's add, which takes several names. */
class FakeClassList extends Set<string> {
  override add(...names: string[]): this {
    for (const name of names) super.add(name);
    return this;
  }
}

/** A DOM node with children and classes, enough for the adoption to move a map's nodes. */
class FakeNode {
  children: FakeNode[] = [];
  parent: FakeNode | null = null;
  classList = new FakeClassList();
  removed = false;
  constructor(readonly name: string) {}
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  appendChild(child: FakeNode) {
    child.parent?.children.splice(child.parent.children.indexOf(child), 1);
    child.parent = this;
    this.children.push(child);
  }
  remove() {
    this.removed = true;
  }
}

/** A MapLibre map as the early map's script leaves it, with the internals the adoption reads (some may be missing). */
function earlyMap(options: { loaded?: boolean; drop?: string[] } = {}) {
  const container = new FakeNode('overlay');
  container.classList.add('maplibregl-map');
  container.appendChild(new FakeNode('canvas-container'));
  const observed: FakeNode[] = [];
  const fired: string[] = [];
  const map = {
    _container: container as unknown,
    _resizeObserver: { observe: (n: FakeNode) => observed.push(n), disconnect: () => observed.splice(0) } as unknown,
    removed: false,
    getContainer: () => container,
    resize: vi.fn(),
    fire: (type: string) => fired.push(type),
    triggerRepaint: () => fired.push('repaint'),
    remove() {
      this.removed = true;
    },
  };
  for (const name of options.drop ?? []) delete (map as Record<string, unknown>)[name];
  return { map, container, observed, fired, loaded: options.loaded ?? true };
}

/** A stand-in MapLibre whose Map records the maps it makes, and a window holding the early map. */
function setUp(early: ReturnType<typeof earlyMap> | null) {
  const made: unknown[] = [];
  const maplibre = {
    getVersion: () => '9.9.9',
    Map: class {
      constructor(options: unknown) {
        made.push(options);
      }
    },
  } as unknown as typeof MapLibre;
  const win = { __earlyMap: { map: early?.map ?? null, claimed: false, error: null, failed: [], loaded: early?.loaded } as unknown as EarlyMapState, document: { documentElement: { setAttribute: () => {} } } } as unknown as Window;
  return { made, maplibre, win, state: () => (win as unknown as { __earlyMap: EarlyMapState }).__earlyMap };
}

const flush = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

afterEach(() => vi.restoreAllMocks());

describe('missingInternals', () => {
  it('names each private field of MapLibre the adoption needs and the map lacks', () => {
    expect(missingInternals(earlyMap().map as unknown as MapLibre.Map)).toEqual([]);
    expect(missingInternals(earlyMap({ drop: ['_resizeObserver'] }).map as unknown as MapLibre.Map)).toEqual(['_resizeObserver']);
    expect(missingInternals(earlyMap({ drop: ['_resizeObserver', '_container'] }).map as unknown as MapLibre.Map)).toEqual(['_container', '_resizeObserver']);
    const renamed = earlyMap();
    renamed.map._container = new FakeNode('another');
    expect(missingInternals(renamed.map as unknown as MapLibre.Map)).toEqual(['_container']);
  });
});

describe('withEarlyMap', () => {
  it('hands react-map-gl the early map, moved into its container, and replays load once it has subscribed', async () => {
    const early = earlyMap({ loaded: true });
    const { made, maplibre, win, state } = setUp(early);
    const target = new FakeNode('react-container');
    const map = new (withEarlyMap(maplibre, win).Map)({ container: target } as unknown as MapLibre.MapOptions);
    expect(map).toBe(early.map);
    expect(made).toEqual([]);
    expect(target.children.map((c) => c.name)).toEqual(['canvas-container']);
    expect([...target.classList]).toContain('maplibregl-map');
    expect(early.map._container).toBe(target);
    expect(early.observed).toEqual([target]);
    expect(early.container.removed).toBe(true);
    expect(state()).toMatchObject({ claimed: true, map: null, done: true });
    expect(early.fired).toEqual([]);
    await flush();
    expect(early.fired).toEqual(['load', 'repaint']);
  });

  it('does not replay load for a map that has not loaded yet: it will fire its own', async () => {
    const early = earlyMap({ loaded: false });
    const { maplibre, win } = setUp(early);
    new (withEarlyMap(maplibre, win).Map)({ container: new FakeNode('c') } as unknown as MapLibre.MapOptions);
    await flush();
    expect(early.fired).toEqual(['repaint']);
  });

  it.each([['_resizeObserver'], ['_container']])('makes a fresh map, removes the early one and says so when MapLibre has no %s', (field) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const early = earlyMap({ drop: [field] });
    const { made, maplibre, win } = setUp(early);
    const options = { container: new FakeNode('c') };
    const map = new (withEarlyMap(maplibre, win).Map)(options as unknown as MapLibre.MapOptions);
    expect(map).not.toBe(early.map);
    expect(made).toEqual([options]);
    expect(early.map.removed).toBe(true);
    expect(early.container.removed).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toContain(field);
  });

  it('makes a map as usual when the early map’s script drew none, and tells it not to', () => {
    const { made, maplibre, win, state } = setUp(null);
    new (withEarlyMap(maplibre, win).Map)({ container: new FakeNode('c') } as unknown as MapLibre.MapOptions);
    expect(made).toHaveLength(1);
    expect(state().claimed).toBe(true);
  });
});
