import { LAYER_CACHE_CONTROL } from '@/lib/config';
import { ifNoneMatch } from '@/lib/http/etag';
import { problemResponse } from '@/lib/http/problem';
import { getLayerStore } from '@/lib/layers/layer-store';
import { LAYER_IDS, isLayerId } from '@/lib/layers/registry';

/** GET /api/layers/<id>: the layer's FeatureCollection, cacheable, with a strong ETag. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  if (!isLayerId(id)) {
    return problemResponse(404, `No layer "${id.slice(0, 64)}". Layers: ${LAYER_IDS.join(', ')}.`);
  }
  const layer = (await getLayerStore()).layers[id];
  const headers = { ETag: layer.etag, 'Cache-Control': LAYER_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (ifNoneMatch(request.headers.get('if-none-match'), layer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(layer.bytes, { headers: { ...headers, 'Content-Type': 'application/geo+json' } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
