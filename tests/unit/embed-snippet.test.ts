import { describe, expect, test } from 'vitest';
import { TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { DEFAULT_EMBED_OPTIONS } from '@/lib/embed/embed-options';
import { EMBED_TITLE, defaultEmbedHeight, embedSnippet, embedUrls } from '@/lib/embed/embed-snippet';

// Layers from the list, not by name: the switches in the story's order.
type Switches = [ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId];
const [,,, D] = TOGGLEABLE_LAYER_IDS as readonly ToggleableLayerId[] as Switches;


const options = { ...DEFAULT_EMBED_OPTIONS, layers: [D], view: { longitude: 33, latitude: 47, zoom: 5.5 } };

describe('defaultEmbedHeight', () => {
  test('650 / 575 / 400 px by width', () => {
    expect(defaultEmbedHeight(1000)).toBe(650);
    expect(defaultEmbedHeight(900)).toBe(650);
    expect(defaultEmbedHeight(640)).toBe(575);
    expect(defaultEmbedHeight(320)).toBe(400);
  });
});

describe('embedUrls', () => {
  test('point at the embed and at the full map with the same layers and view', () => {
    expect(embedUrls('https://maps.example', options)).toEqual({
      embed: `https://maps.example/embed?layers=${D}&view=33.0000,47.0000,5.50`,
      full: `https://maps.example/?layers=${D}&view=33.0000,47.0000,5.50`,
    });
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet('https://maps.example', options);

  test('is a full-width, titled, lazy iframe that allows fullscreen, plus the loader', () => {
    expect(snippet).toContain(`<iframe src="https://maps.example/embed?layers=${D}&amp;view=33.0000,47.0000,5.50"`);
    expect(snippet).toContain(`title="${EMBED_TITLE}"`);
    expect(snippet).toContain('width="100%" height="575"');
    expect(snippet).toContain('loading="lazy" allow="fullscreen"');
    expect(snippet).toContain('<script src="https://maps.example/embed.js" async></script>');
  });

  test('carries a fallback link to the full map', () => {
    expect(snippet).toContain(`<a href="https://maps.example/?layers=${D}&amp;view=33.0000,47.0000,5.50">`);
  });

  test('escapes what it writes into attributes', () => {
    expect(embedSnippet('https://x.example/"><script>', options)).not.toContain('"><script>');
  });

  test('takes a fixed width and height for oEmbed', () => {
    const sized = embedSnippet('https://maps.example', options, { height: 400, maxWidth: 480 });
    expect(sized).toContain('width="480" height="400"');
    expect(sized).toContain('max-width:480px;height:400px');
  });
});

