import { describe, expect, it } from 'vitest';
import { ALWAYS_ON_LAYER_IDS, TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { embedOptionsOf, pageStart } from '@/lib/page/page-start';
import { PAGE_SPEC_ID, readPageSpec } from '@/lib/page/page-spec';
import { colorSchemeOf, prepaintCss, startLayerUrls } from '@/lib/page/prepaint';
import { refugeeDays } from '@/lib/refugees/refugee-days';
import { parseBbox } from '@/lib/embed/parse-embed-options';

// Layers from the list, not by name: the switches in the story's order.
type Switches = [ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId, ToggleableLayerId];
const [A, B,, D, E, F] = TOGGLEABLE_LAYER_IDS as readonly ToggleableLayerId[] as Switches;


const DAYS = { dates: ['2022-03-02', '2022-03-03'], defaultDate: '2022-03-03' };
const q = (query: string) => new URLSearchParams(query);

describe('pageStart', () => {
  it('opens with every default when the address has no query', () => {
    for (const kind of ['map', 'embed'] as const) {
      expect(pageStart(kind, q(''), DAYS)).toEqual({
        kind,
        layers: [...TOGGLEABLE_LAYER_IDS],
        view: null,
        bbox: null,
        title: true,
        legend: true,
        controls: true,
        theme: 'auto',
        refugeeDate: '2022-03-03',
        step: null,
      });
    }
  });

  it('reads every embed option, the step, and a day the data has', () => {
    const start = pageStart('embed', q(`layers=${B},${D}&bbox=20,45,30,50&title=0&legend=0&controls=0&theme=dark&date=2022-03-02&step=2`), DAYS);
    expect(start).toMatchObject({ layers: [B, D], bbox: [20, 45, 30, 50], title: false, legend: false, controls: false, theme: 'dark', refugeeDate: '2022-03-02', step: 2 });
  });

  it('gives the full map no embed options: they are not its to take', () => {
    const start = pageStart('map', q('title=0&theme=dark&bbox=20,45,30,50&legend=0'), DAYS);
    expect(start).toMatchObject({ title: true, legend: true, theme: 'auto', bbox: null });
  });

  it('falls back for a day without figures, a step out of range and a view outside the region', () => {
    expect(pageStart('map', q('date=2022-02-27&step=9&view=100,10,5'), DAYS)).toMatchObject({ refugeeDate: '2022-03-03', step: null, view: null });
  });

  it('writes embed options back as links carry them: the default day left out', () => {
    expect(embedOptionsOf(pageStart('embed', q('date=2022-03-03'), DAYS), DAYS).date).toBeNull();
    expect(embedOptionsOf(pageStart('embed', q('date=2022-03-02&title=0'), DAYS), DAYS)).toMatchObject({ date: '2022-03-02', title: false });
  });
});

describe('parseBbox', () => {
  it('takes w,s,e,n inside the region with w < e and s < n, and nothing else', () => {
    expect(parseBbox('20,45,30,50')).toEqual([20, 45, 30, 50]);
    for (const bad of [null, '', '20,45,30', '30,45,20,50', '20,50,30,45', '0,45,30,50', 'a,b,c,d', '20,45,30,50,1', '1e1,45,30,50']) {
      expect(parseBbox(bad), String(bad)).toBeNull();
    }
  });
});

describe('prepaint', () => {
  it('hides the embed’s title and key when switched off, and the key’s entries of the layers switched off', () => {
    const css = prepaintCss(pageStart('embed', q(`title=0&legend=0&layers=${B}`), DAYS));
    expect(css).toContain('.embed__header{display:none!important}');
    expect(css).toContain('.embed__legend{display:none!important}');
    for (const id of [D, E, A, F]) expect(css).toContain(`[data-legend-layer="${id}"]{display:none!important}`);
    expect(css).not.toContain('"${B}"');
  });

  it('adds nothing for the defaults, and never touches the full map’s header', () => {
    expect(prepaintCss(pageStart('embed', q(''), DAYS))).toBe('');
    expect(prepaintCss(pageStart('map', q('title=0'), DAYS))).toBe('');
  });

  it('follows the reader’s setting for auto, and the theme asked for otherwise', () => {
    expect(colorSchemeOf('auto', true)).toBe('dark');
    expect(colorSchemeOf('auto', false)).toBe('light');
    expect(colorSchemeOf('light', true)).toBe('light');
    expect(colorSchemeOf('dark', false)).toBe('dark');
  });

  it('preloads the two layers always drawn and those switched on', () => {
    expect(startLayerUrls(pageStart('map', q(`layers=${A}`), DAYS))).toEqual({
      labels: [...ALWAYS_ON_LAYER_IDS, A].map((id) => `/api/labels/${id}`),
      layers: [...ALWAYS_ON_LAYER_IDS, A].map((id) => `/api/layers/${id}`),
    });
    expect(startLayerUrls(pageStart('embed', q(`layers=${D}`), DAYS), 'uk').layers).toEqual([...ALWAYS_ON_LAYER_IDS, D].map((id) => `/api/uk/layers/${id}`));
  });
});

describe('readPageSpec', () => {
  const doc = (text: string | null) => ({ getElementById: (id: string) => (id === PAGE_SPEC_ID && text !== null ? ({ textContent: text } as HTMLElement) : null) });

  it('reads the spec the server wrote, and nothing that is not one', () => {
    expect(readPageSpec(doc(JSON.stringify({ kind: 'embed', days: DAYS, locale: 'uk' })))).toEqual({ kind: 'embed', days: DAYS, locale: 'uk', start: 'at-once' });
    // A spec without a language, or with one the map has no edition in, is the English edition's.
    expect(readPageSpec(doc(JSON.stringify({ kind: 'embed', days: DAYS })))).toEqual({ kind: 'embed', days: DAYS, locale: 'en', start: 'at-once' });
    // A page that starts after its first paint names its client module: a script path on this origin, nothing else.
    const late = { kind: 'embed', days: DAYS, locale: 'en', start: 'after-first-paint' };
    expect(readPageSpec(doc(JSON.stringify({ ...late, client: '/_pages/embed-en-X1.js' })))).toEqual({ ...late, client: '/_pages/embed-en-X1.js' });
    for (const client of ['https://evil.example/x.js', '//evil.example/x.js', '/x.css', 'javascript:alert(1)', 42])
      expect(readPageSpec(doc(JSON.stringify({ ...late, client }))), String(client)).toEqual(late);
    expect(readPageSpec(doc(JSON.stringify({ ...late, start: 'whenever' })))?.start).toBe('at-once');
    expect(readPageSpec(doc(JSON.stringify({ kind: 'map', days: DAYS, locale: 'ru' })))?.locale).toBe('en');
    for (const bad of [null, '', '{', '{"kind":"other","days":{"dates":[]}}', '{"kind":"map"}']) expect(readPageSpec(doc(bad)), String(bad)).toBeNull();
  });
});

describe('refugeeDays', () => {
  it('lists the days with figures and the story’s day', () => {
    expect(refugeeDays({ snapshots: [{ date: '2022-03-02' }, { date: '2022-03-03' }] as never, defaultDate: '2022-03-03' })).toEqual(DAYS);
  });
});
