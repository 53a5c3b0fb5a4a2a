import { describe, expect, it } from 'vitest';
import { INITIAL_BOUNDS } from '@/lib/config';
import { LAYERS } from '@/lib/layers/layers';
import { paletteColour } from '@/lib/layers/layer-module';
import { hatchPattern } from '@/lib/map/hatch-pattern';
import { cameraOptions, initialCamera } from '@/lib/map/map-camera';
import { sourcesDrawn } from '@/lib/map/map-readiness';
import { PATTERN_TILE, addPatternImages, patternImage, repaintPatternImages } from '@/lib/map/pattern-images';
import { sourceFailure } from '@/lib/map/source-failure';

// The decisions the early map and React's map both take from lib/map: each is made in one module.

describe('initialCamera and cameraOptions', () => {
  it('start at the address’s view, else its bbox, else the story’s region, in react-map-gl’s and MapLibre’s forms', () => {
    expect(initialCamera({ longitude: 30.5, latitude: 50.4, zoom: 6 })).toEqual({ longitude: 30.5, latitude: 50.4, zoom: 6 });
    expect(cameraOptions(initialCamera({ longitude: 30.5, latitude: 50.4, zoom: 6 }))).toEqual({ center: [30.5, 50.4], zoom: 6 });
    expect(initialCamera(null, [20, 45, 30, 50])).toEqual({ bounds: [20, 45, 30, 50], fitBoundsOptions: { padding: 24 } });
    expect(cameraOptions(initialCamera(null))).toEqual({ bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding: 24 } });
  });
});

describe('sourceFailure', () => {
  it('is a source’s failure to load, with the server’s status where it answered; any other error is not', () => {
    expect(sourceFailure({ sourceId: 'x', error: { status: 503, statusText: 'Service Unavailable' } })).toEqual({ sourceId: 'x', status: 503, statusText: 'Service Unavailable' });
    expect(sourceFailure({ sourceId: 'x', error: { status: 0 } })).toEqual({ sourceId: 'x' });
    expect(sourceFailure({ error: new Error('WebGL') })).toBeNull();
    expect(sourceFailure(undefined)).toBeNull();
  });
});

describe('sourcesDrawn', () => {
  const map = (loaded: boolean, sources: Record<string, boolean>) => ({
    loaded: () => loaded,
    getSource: (id: string) => (id in sources ? ({} as never) : undefined),
    isSourceLoaded: (id: string) => sources[id] === true,
  });
  it('is true once the map has loaded and every source is on it and loaded', () => {
    expect(sourcesDrawn(map(true, { a: true, b: true }), ['a', 'b'])).toBe(true);
    expect(sourcesDrawn(map(true, { a: true, b: false }), ['a', 'b'])).toBe(false);
    expect(sourcesDrawn(map(true, { a: true }), ['a', 'b'])).toBe(false);
    expect(sourcesDrawn(map(false, { a: true }), ['a'])).toBe(false);
  });
});

describe('pattern images', () => {
  const patterns = LAYERS.flatMap((l) => ('patterns' in l ? (l.patterns ?? []) : []));
  it('are the layers’ patterns, striped in their palette colour in each scheme', () => {
    expect(patterns.length).toBeGreaterThan(0);
    for (const { id, colour } of patterns) {
      for (const scheme of ['light', 'dark'] as const) {
        expect(patternImage(id, scheme)).toEqual(hatchPattern(PATTERN_TILE.size, PATTERN_TILE.lineWidth, paletteColour(colour, scheme)));
      }
    }
    expect(patternImage('no-such-pattern', 'light')).toBeNull();
  });

  it('are added where the map lacks them, and repainted where it has them', () => {
    const images = new Map<string, unknown>();
    const log: string[] = [];
    const map = {
      hasImage: (id: string) => images.has(id),
      addImage: (id: string, image: unknown) => (images.set(id, image), log.push(`add ${id}`)),
      updateImage: (id: string, image: unknown) => (images.set(id, image), log.push(`update ${id}`)),
    } as never;
    addPatternImages(map, 'light');
    addPatternImages(map, 'light');
    repaintPatternImages(map, 'dark');
    expect(log).toEqual([...patterns.map((p) => `add ${p.id}`), ...patterns.map((p) => `update ${p.id}`)]);
    expect(images.get(patterns[0]!.id)).toEqual(patternImage(patterns[0]!.id, 'dark'));
  });
});
