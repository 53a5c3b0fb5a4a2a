import { LOCALES, pagePath, type Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { defaultEmbedHeight, embedSnippet } from './embed-snippet';
import { parseEmbedOptions } from './parse-embed-options';
import { readPictureManifest, type PictureFile } from '../picture/picture-manifest';

/** An oEmbed 1.0 "rich" response (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  /** Seconds a consumer may cache the response. */
  cache_age: number;
  html: string;
  width: number;
  height: number;
  /** The map as a picture (the edition's share card), for a consumer that shows a preview. */
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The outcome of an oEmbed request: the response, or an HTTP error with its reason. */
export type OEmbedResult = { status: 200; body: OEmbedRich } | { status: 400 | 404 | 501; detail: string };

/** oEmbed query parameters as received. */
export interface OEmbedQuery {
  url: string | null;
  maxwidth: string | null;
  maxheight: string | null;
  format: string | null;
}

export const OEMBED_PROVIDER_NAME = 'Ukraine, 3 March 2022: the map';
export const OEMBED_DEFAULT_WIDTH = 640; // px: an article column
export const OEMBED_MIN_SIZE = 200; // px: smaller than this the map is unusable
export const OEMBED_CACHE_AGE = 86_400; // s: the map's data is fixed; a day keeps corrections reachable

/** The map's pages in each edition, and the edition each is in. */
const MAP_PATHS = new Map<string, Locale>(LOCALES.flatMap((locale) => [[pagePath('map', locale), locale] as const, [pagePath('embed', locale), locale] as const]));

/**
 * Answers an oEmbed request for a URL of this map (`origin` + `/`, `/embed`, `/uk` or `/uk/embed`,
 * with its query), in that page's language:
 * 400 without a url or with a bad size, 404 for a URL that is not this map, 501 for a format
 * other than json.
 */
export function oembed(query: OEmbedQuery, origin: string, thumbnails: Partial<Record<Locale, readonly PictureFile[]>> = {}): OEmbedResult {
  if (!query.url) return { status: 400, detail: 'The url parameter is required.' };
  if (query.format !== null && query.format !== 'json') {
    return { status: 501, detail: `Format "${query.format.slice(0, 20)}" is not implemented; use json.` };
  }
  const maxwidth = size(query.maxwidth);
  const maxheight = size(query.maxheight);
  if (maxwidth === 'invalid' || maxheight === 'invalid') {
    return { status: 400, detail: `maxwidth and maxheight must be whole numbers of pixels, at least ${OEMBED_MIN_SIZE}.` };
  }
  let url: URL;
  try {
    url = new URL(query.url);
  } catch {
    return { status: 404, detail: 'The url is not a URL of this map.' };
  }
  const locale = MAP_PATHS.get(url.pathname);
  if (url.origin !== origin || !locale) {
    return { status: 404, detail: `Only ${origin}/, ${origin}/embed, ${origin}/uk and ${origin}/uk/embed can be embedded.` };
  }

  const width = Math.min(maxwidth ?? OEMBED_DEFAULT_WIDTH, OEMBED_DEFAULT_WIDTH);
  const height = Math.min(defaultEmbedHeight(width), maxheight ?? Number.POSITIVE_INFINITY);
  const options = parseEmbedOptions(url.searchParams);
  return {
    status: 200,
    body: {
      type: 'rich',
      version: '1.0',
      title: MESSAGES[locale].page.embedTitle,
      provider_name: OEMBED_PROVIDER_NAME,
      provider_url: `${origin}${pagePath('map', locale)}`,
      cache_age: OEMBED_CACHE_AGE,
      html: embedSnippet(origin, options, { height, maxWidth: width }, locale),
      width,
      height,
      ...thumbnailFields(origin, thumbnails[locale], maxwidth, maxheight),
    },
  };
}

function size(value: string | null): number | null | 'invalid' {
  if (value === null || value === '') return null;
  if (!/^\d{1,5}$/.test(value)) return 'invalid';
  const n = Number(value);
  return n >= OEMBED_MIN_SIZE ? n : 'invalid';
}

/**
 * Each edition's thumbnails, largest first, as the build made them: the share card, then the map at 640
 * wide (none before a build: the answer then has no thumbnail).
 */
export function oembedThumbnails(): Partial<Record<Locale, readonly PictureFile[]>> {
  const manifest = readPictureManifest();
  return manifest ? Object.fromEntries(LOCALES.map((locale) => [locale, [manifest.files[locale].light.card, manifest.files[locale].light['map-640']]])) : {};
}

/** The largest thumbnail within the consumer's maxwidth and maxheight (oEmbed 1.0, 2.3.4), or none where none fits. */
function thumbnailFields(origin: string, candidates: readonly PictureFile[] | undefined, maxwidth: number | null, maxheight: number | null) {
  const fits = candidates?.find((t) => t.width <= (maxwidth ?? Infinity) && t.height <= (maxheight ?? Infinity));
  return fits ? { thumbnail_url: `${origin}${fits.path}`, thumbnail_width: fits.width, thumbnail_height: fits.height } : {};
}
