import { describe, expect, test } from 'vitest';
import { TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { DEFAULT_EMBED_OPTIONS, serializeEmbedOptions } from '@/lib/embed/embed-options';
import { parseEmbedOptions } from '@/lib/embed/parse-embed-options';

// Layers from the list, not by name: the switches in the story's order.
type Switches = [ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId];
const [, B,,, E] = TOGGLEABLE_LAYER_IDS as readonly ToggleableLayerId[] as Switches;


const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('parseEmbedOptions', () => {
  test('every parameter is optional', () => {
    expect(parse('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  test('reads layers, view, flags and theme', () => {
    expect(parse(`layers=${E}&view=30,50,6&title=0&legend=0&controls=0&theme=dark&date=2022-03-02`)).toEqual({
      layers: [E],
      date: '2022-03-02',
      view: { longitude: 30, latitude: 50, zoom: 6 },
      bbox: null,
      title: false,
      legend: false,
      controls: false,
      theme: 'dark',
    });
  });

  test('reads a bbox inside the region, and lets a view win over it', () => {
    expect(parse('bbox=22,44,41,53').bbox).toEqual([22, 44, 41, 53]);
    expect(parse('bbox=22,44,41,53&view=30,50,6').bbox).toBeNull();
  });

  test('falls back to the default for every invalid value, never throwing', () => {
    const hostile = parse(
      'layers=<script>alert(1)</script>&view=NaN,999&bbox=41,44,22,53&title=yes&legend=<b>&controls=%00&theme=javascript:alert(1)',
    );
    expect(hostile).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parse(`bbox=${'1,'.repeat(5000)}`).bbox).toBeNull();
    expect(parse('bbox=0,0,180,90').bbox).toBeNull(); // outside the map region
    expect(parse('bbox=22,44,41').bbox).toBeNull();
  });
});

describe('serializeEmbedOptions', () => {
  test('writes only what differs from the defaults, and round-trips', () => {
    const options = { ...DEFAULT_EMBED_OPTIONS, layers: [B], title: false, theme: 'light' as const };
    const query = serializeEmbedOptions(options);
    expect(query).toBe(`layers=${B}&title=0&theme=light`);
    expect(parse(query)).toEqual(options);
  });

  test('writes the view, or else the bbox', () => {
    expect(serializeEmbedOptions({ ...DEFAULT_EMBED_OPTIONS, view: { longitude: 30, latitude: 50, zoom: 6 } })).toContain(
      'view=30.0000,50.0000,6.00',
    );
    expect(serializeEmbedOptions({ ...DEFAULT_EMBED_OPTIONS, bbox: [22, 44, 41, 53] })).toContain('bbox=22.0000,44.0000,41.0000,53.0000');
  });
});
