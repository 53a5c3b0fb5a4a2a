import { EMBED_DEFAULT_HEIGHTS } from '../config';
import { serializeMapUrlState } from '../url/map-url-state';
import { serializeEmbedOptions, type EmbedOptions } from './embed-options';

/** Title of the map wherever it is embedded. */
export const EMBED_TITLE = 'Map: Ukraine on 3 March 2022, talks in Belarus, ports seized, a million refugees';

/** Default height of an iframe of a given width, before the embed reports its own. */
export function defaultEmbedHeight(widthPx: number): number {
  return (EMBED_DEFAULT_HEIGHTS.find((band) => widthPx >= band.minWidth) ?? EMBED_DEFAULT_HEIGHTS[1]).height;
}

/** URLs of the map with given options: the embed itself and the full page it links to. */
export function embedUrls(origin: string, options: EmbedOptions): { embed: string; full: string } {
  return {
    embed: `${origin}/embed?${serializeEmbedOptions(options)}`,
    full: `${origin}/?${serializeMapUrlState({ layers: options.layers, view: options.view, date: options.date })}`,
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
): string {
  const { height = EMBED_DEFAULT_HEIGHTS[1].height, maxWidth } = size;
  const { embed, full } = embedUrls(origin, options);
  const maxWidthStyle = maxWidth ? `max-width:${maxWidth}px;` : '';
  return [
    `<iframe src="${escapeAttr(embed)}" title="${escapeAttr(EMBED_TITLE)}" width="${maxWidth ?? '100%'}" height="${height}"`,
    `  style="width:100%;${maxWidthStyle}height:${height}px;border:0" loading="lazy" allow="fullscreen" data-ukraine-map>`,
    `  <a href="${escapeAttr(full)}">${escapeAttr(EMBED_TITLE)}</a>`,
    `</iframe>`,
    `<script src="${escapeAttr(origin)}/embed.js" async></script>`,
  ].join('\n');
}
