/** The public origin when SITE_URL is not set: the app as `npm start` serves it. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The map's public origin, from SITE_URL, read when the pages are built (they are built once, so
 * they cannot take it from a request). It goes into the oEmbed discovery link and the static
 * edition's oEmbed answer. An origin only: a path, query or other scheme than http(s) is an error.
 *
 * @example siteUrl({ SITE_URL: 'https://maps.example/' }) // => 'https://maps.example'
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an origin such as https://maps.example, not "${value}".`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL must be an origin such as https://maps.example (http or https, no path), not "${value}".`);
  }
  return url.origin;
}

/** Where the oEmbed answer for the map's canonical URL is published as a file (both editions). */
export const OEMBED_FILE_PATH = '/oembed.json';
