import { layerResponse } from '@/lib/http/layer-response';

/** GET /api/layers/<id>: the layer's FeatureCollection, in English, cacheable, with a strong ETag. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return layerResponse(request, (await context.params).id, 'en');
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
