import { ALWAYS_ON_LAYER_IDS, TOGGLEABLE_LAYER_IDS, layerUrl } from '../layers/registry';
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
  if (start.kind === 'embed' && !start.legend) rules.push('.embed__legend,.embed__climb>:not(summary){display:none!important}');
  for (const id of TOGGLEABLE_LAYER_IDS) {
    if (!start.layers.includes(id)) rules.push(`[data-legend-layer="${id}"]{display:none!important}`);
  }
  return rules.join('');
}

/** The layers the map fetches at once: those always drawn and those switched on. */
export function startLayerUrls(start: PageStart, locale: Locale = 'en'): string[] {
  return [...ALWAYS_ON_LAYER_IDS, ...start.layers].map((id) => layerUrl(id, locale));
}

/**
 * Applies the start before the first paint: the scheme on the root element (the page's CSS reads
 * `data-scheme`), the layout rules above, and preload hints for the layers the map will draw (as
 * the server once did per request; they match SWR's later fetch: same URL, CORS mode).
 */
export function applyPrepaint(start: PageStart, doc: Document, prefersDark: boolean, locale: Locale = 'en'): void {
  doc.documentElement.dataset.scheme = colorSchemeOf(start.theme, prefersDark);
  const style = doc.createElement('style');
  style.id = PREPAINT_STYLE_ID;
  style.textContent = prepaintCss(start);
  doc.head.appendChild(style);
  for (const href of startLayerUrls(start, locale)) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.appendChild(link);
  }
}
