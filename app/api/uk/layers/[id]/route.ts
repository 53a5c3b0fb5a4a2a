import { layerResponse } from '@/lib/http/layer-response';

/** GET /api/uk/layers/<id>: the layer with its words in Ukrainian (the Ukrainian edition's), cacheable, with a strong ETag. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return layerResponse(request, (await context.params).id, 'uk');
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
