import { EMBED_DEFAULT_HEIGHTS } from '../config';
import { pagePath, type Locale } from '../i18n/locale';
import { EMBED_TITLES } from '../i18n/embed-titles';
import { serializeMapUrlState } from '../url/map-url-state';
import { serializeEmbedOptions, type EmbedOptions } from './embed-options';

/** Title of the (English) map wherever it is embedded; each edition's is in lib/i18n/embed-titles.ts. */
export const EMBED_TITLE = EMBED_TITLES.en;

/** Default height of an iframe of a given width, before the embed reports its own. */
export function defaultEmbedHeight(widthPx: number): number {
  return (EMBED_DEFAULT_HEIGHTS.find((band) => widthPx >= band.minWidth) ?? EMBED_DEFAULT_HEIGHTS[1]).height;
}

/** URLs of the map with given options, in an edition's language: the embed itself and the full page it links to. */
export function embedUrls(origin: string, options: EmbedOptions, locale: Locale = 'en'): { embed: string; full: string } {
  return {
    embed: `${origin}${pagePath('embed', locale)}?${serializeEmbedOptions(options)}`,
    full: `${origin}${pagePath('map', locale)}?${serializeMapUrlState({ layers: options.layers, view: options.view, date: options.date })}`,
  };
}

const escapeAttr = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The HTML a newsroom pastes into an article: a full-width lazy iframe with a title and a fallback
 * link (shown where iframes are stripped), and the loader that sizes it to its content.
 *
 * @param size.height the iframe's height until the loader sizes it (575 px suits most article columns)
 * @param size.maxWidth a fixed maximum width in pixels (oEmbed's maxwidth); full width when absent
 */
export function embedSnippet(
  origin: string,
  options: EmbedOptions,
  size: { height?: number; maxWidth?: number } = {},
  locale: Locale = 'en',
): string {
  const { height = EMBED_DEFAULT_HEIGHTS[1].height, maxWidth } = size;
  const { embed, full } = embedUrls(origin, options, locale);
  const title = EMBED_TITLES[locale];
  const maxWidthStyle = maxWidth ? `max-width:${maxWidth}px;` : '';
  return [
    `<iframe src="${escapeAttr(embed)}" title="${escapeAttr(title)}" width="${maxWidth ?? '100%'}" height="${height}"`,
    `  style="width:100%;${maxWidthStyle}height:${height}px;border:0" loading="lazy" allow="fullscreen" data-ukraine-map>`,
    `  <a href="${escapeAttr(full)}">${escapeAttr(title)}</a>`,
    `</iframe>`,
    `<script src="${escapeAttr(origin)}/embed.js" async></script>`,
  ].join('\n');
}

/** The map as a picture, for a snippet: its URL path and size, and its words for those who cannot see it. */
export interface SnippetImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * For a newsletter, an app or a reader that drops iframes (Apple News, RSS, email): the map's
 * picture, linking to the interactive map with the chosen options.
 */
export function imageSnippet(origin: string, options: EmbedOptions, image: SnippetImage, locale: Locale = 'en'): string {
  const { full } = embedUrls(origin, options, locale);
  return [
    `<a href="${escapeAttr(full)}">`,
    `  <img src="${escapeAttr(origin + image.path)}" alt="${escapeAttr(image.alt)}" width="${image.width}" height="${image.height}" style="max-width:100%;height:auto;border:0">`,
    `</a>`,
  ].join('\n');
}

/**
 * For an AMP page: the embed in an amp-iframe, which AMP sizes from the embed's own height messages,
 * with the map's picture shown until the frame has loaded. `more` is the words of the button AMP
 * shows when the frame asks to grow.
 */
export function ampSnippet(origin: string, options: EmbedOptions, image: SnippetImage, more: string, locale: Locale = 'en'): string {
  const { embed } = embedUrls(origin, options, locale);
  const height = EMBED_DEFAULT_HEIGHTS[0].height;
  return [
    `<amp-iframe src="${escapeAttr(embed)}" title="${escapeAttr(EMBED_TITLES[locale])}" width="${image.width}" height="${Math.round((image.width * height) / 640)}" layout="responsive"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">`,
    `  <amp-img placeholder layout="fill" src="${escapeAttr(origin + image.path)}" alt="${escapeAttr(image.alt)}"></amp-img>`,
    `  <button overflow type="button">${escapeAttr(more)}</button>`,
    `</amp-iframe>`,
  ].join('\n');
}
