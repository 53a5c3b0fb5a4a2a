import { oembed, OEMBED_CACHE_AGE } from '@/lib/embed/oembed';
import { siteUrl } from '@/lib/http/site-url';

// Built once: the oEmbed answer for the map's canonical URL, the file both editions' discovery
// links point at (the static edition cannot answer /api/oembed's queries).
export const dynamic = 'force-static';

/** GET /oembed.json: what /api/oembed answers for SITE_URL's `/`, as a file. */
export function GET(): Response {
  const origin = siteUrl();
  const result = oembed({ url: `${origin}/`, maxwidth: null, maxheight: null, format: 'json' }, origin);
  if (result.status !== 200) throw new Error(`oEmbed for ${origin}/: ${result.detail}`);
  return Response.json(result.body, {
    headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
  });
}
