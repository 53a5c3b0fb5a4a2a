import { oembed, oembedThumbnails, OEMBED_CACHE_AGE } from '@/lib/embed/oembed';
import { problemResponse } from '@/lib/http/problem';
import { requestOrigin } from '@/lib/http/request-origin';

/** GET /api/oembed?url=&maxwidth=&maxheight=&format=json: oEmbed 1.0 for this map's URLs. */
export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const result = oembed(
    { url: params.get('url'), maxwidth: params.get('maxwidth'), maxheight: params.get('maxheight'), format: params.get('format') },
    requestOrigin(request.headers),
    oembedThumbnails(),
  );
  if (result.status !== 200) return problemResponse(result.status, result.detail);
  return Response.json(result.body, {
    headers: { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}`, 'Access-Control-Allow-Origin': '*' },
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
