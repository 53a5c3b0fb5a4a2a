import { siteUrl } from '../http/site-url';
import { pagePath, type Locale } from '../i18n/locale';
import { OEMBED_CACHE_AGE, oembed, oembedThumbnails } from './oembed';

/** The oEmbed answer for an edition's canonical URL at SITE_URL, as the file its pages' discovery links name. */
export function oembedFileResponse(locale: Locale): Response {
  const origin = siteUrl();
  const url = `${origin}${pagePath('map', locale)}`;
  const result = oembed({ url, maxwidth: null, maxheight: null, format: 'json' }, origin, oembedThumbnails());
  if (result.status !== 200) throw new Error(`oEmbed for ${url}: ${result.detail}`);
  return Response.json(result.body, {
    headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
  });
}
