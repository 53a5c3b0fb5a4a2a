import { describe, expect, test } from 'vitest';
import { TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { parseMapUrlState, serializeMapUrlState } from '@/lib/url/map-url-state';

// Layers from the list, not by name: the switches in the story's order.
type Switches = [ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId];
const [A, B,, D, E, F] = TOGGLEABLE_LAYER_IDS as readonly ToggleableLayerId[] as Switches;


const parse = (query: string) => parseMapUrlState(new URLSearchParams(query));

describe('parseMapUrlState', () => {
  test('with no parameters, every layer is on and the view is the default', () => {
    expect(parse('')).toEqual({ layers: [...TOGGLEABLE_LAYER_IDS], view: null, date: null });
  });

  test('reads the layers and the view', () => {
    expect(parse(`layers=${E},${B}&view=30.5,50.4,6`)).toEqual({
      layers: [B, E],
      view: { longitude: 30.5, latitude: 50.4, zoom: 6 },
      date: null,
    });
  });

  test('reads the refugee figures’ day, and ignores anything that is not a real ISO date', () => {
    expect(parse('date=2022-03-02').date).toBe('2022-03-02');
    for (const bad of ['2022-3-2', '2022-13-40', '2022-02-30', 'yesterday', '2022-03-02T00:00', '<script>', '']) expect(parse(`date=${bad}`).date, bad).toBeNull();
  });

  test('an empty layers list switches every layer off', () => {
    expect(parse('layers=').layers).toEqual([]);
  });

  test('ignores unknown layer names, and falls back to all when none is known', () => {
    expect(parse(`layers=${B},nope`).layers).toEqual([B]);
    expect(parse('layers=%3Cscript%3Ealert(1)%3C/script%3E').layers).toEqual([...TOGGLEABLE_LAYER_IDS]);
  });

  test('rejects views that are not numbers, out of the region or out of the zoom range', () => {
    for (const view of ['NaN,999', '30,50', '30,50,6,1', '1e3,50,6', '179,50,6', '30,50,22', 'x'.repeat(500)]) {
      expect(parse(`view=${view}`).view).toBeNull();
    }
  });

  test('reads Next.js searchParams objects, taking the first of repeated values', () => {
    expect(parseMapUrlState({ layers: [A, D], view: undefined, date: ['2022-03-02', '2022-03-03'] })).toEqual({ layers: [A], view: null, date: '2022-03-02' });
  });
});

describe('serializeMapUrlState', () => {
  test('round-trips through parse', () => {
    const state = { layers: [D, A], view: { longitude: 33.1234, latitude: 47.5, zoom: 6.25 }, date: '2022-03-02' };
    // Layers come back in the panel's order, the story's: Kyiv first.
    expect(parse(serializeMapUrlState(state))).toEqual({ ...state, layers: [A, D] });
  });

  test('writes readable commas and a fixed layer order', () => {
    expect(serializeMapUrlState({ layers: [F, B], view: null, date: null })).toBe(`layers=${B},${F}`);
  });
});
