import { ALWAYS_ON_LAYER_IDS, TOGGLEABLE_LAYER_IDS, labelsUrl, layerUrl } from '../layers/registry';
import type { Locale } from '../i18n/locale';
import type { ColorScheme } from '../map/themes';
import type { PageStart } from './page-start';

/** Id of the style element with the rules below; React removes it once it renders the same state. */
export const PREPAINT_STYLE_ID = 'page-prepaint';

/** The colour scheme a page draws in: the theme asked for, or the reader's system setting for "auto". */
export function colorSchemeOf(theme: PageStart['theme'], prefersDark: boolean): ColorScheme {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}

/**
 * CSS for what the address changes in the page's layout, applied before the first paint (the HTML
 * is built for the default options): the embed's title and key when switched off, and the key's
 * entries of the layers switched off (elements marked `data-legend-layer`). React renders the same
 * state once it runs; until then these rules keep the page from showing what it will remove.
 *
 * @example prepaintCss({ ...start, title: false }) // => '.embed__header{display:none!important}…'
 */
export function prepaintCss(start: PageStart): string {
  const rules: string[] = [];
  if (start.kind === 'embed' && !start.title) rules.push('.embed__header{display:none!important}');
  if (start.kind === 'embed' && !start.legend) rules.push('.embed__legend{display:none!important}');
  for (const id of TOGGLEABLE_LAYER_IDS) {
    if (!start.layers.includes(id)) rules.push(`[data-legend-layer="${id}"]{display:none!important}`);
  }
  return rules.join('');
}

/**
 * What the page fetches at once, for the layers always drawn and those switched on: each layer's
 * labels, which the page reads, and each layer, which MapLibre's worker reads.
 */
export function startLayerUrls(start: PageStart, locale: Locale = 'en'): { labels: string[]; layers: string[] } {
  const ids = [...ALWAYS_ON_LAYER_IDS, ...start.layers];
  return { labels: ids.map((id) => labelsUrl(id, locale)), layers: ids.map((id) => layerUrl(id, locale)) };
}

/**
 * Applies the start before the first paint: the scheme on the root element (the page's CSS reads
 * `data-scheme`) and the layout rules above.
 */
export function applyPrepaint(start: PageStart, doc: Document, prefersDark: boolean): void {
  doc.documentElement.dataset.scheme = colorSchemeOf(start.theme, prefersDark);
  const style = doc.createElement('style');
  style.id = PREPAINT_STYLE_ID;
  style.textContent = prepaintCss(start);
  doc.head.appendChild(style);
}

/**
 * Hints for the layers the map will draw (as the server once did per request). The labels are preloaded: they
 * match SWR's later fetch (same URL, CORS mode). The layers are prefetched into the HTTP cache, where MapLibre's
 * worker finds them: a preload would do the same but is "unused" as far as the document can tell (the worker's
 * request does not consume it), and Chromium warns about each on the console; measured on /embed, 20 pairs each, a
 * prefetch readied the map as soon as a preload did, and either about 70 ms sooner than no hint (BENCHMARKS.md).
 */
export function addStartHints(start: PageStart, doc: Document, locale: Locale = 'en'): void {
  const { labels, layers } = startLayerUrls(start, locale);
  const hint = (rel: 'preload' | 'prefetch', href: string) => {
    const link = doc.createElement('link');
    link.rel = rel;
    if (rel === 'preload') link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.appendChild(link);
  };
  for (const href of labels) hint('preload', href);
  for (const href of layers) hint('prefetch', href);
}

/**
 * Loads a module script (the page's client code, where its head does not: lib/page/pages.ts, `after-first-paint`):
 * asks for it and the modules it names (MapLibre) at once, as a head's modulepreload would, and runs it once the
 * page is parsed, as a head's module script would (a module script added to the page runs as soon as it arrives,
 * and the client reads the props block at the end of the page: on a slow phone it arrived first).
 */
export function loadModuleScript(doc: Document, src: string, preload: readonly string[] = []): void {
  for (const href of [src, ...preload]) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    doc.head.appendChild(link);
  }
  const run = () => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    doc.head.appendChild(script);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
