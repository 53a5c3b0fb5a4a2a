import { labelsResponse } from '@/lib/http/layer-response';

/**
 * GET /api/labels/<id>: the layer's labels, what the page reads of it (lib/layers/layer-labels.ts),
 * in English, cacheable, with a strong ETag. MapLibre's worker reads the layer itself.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return labelsResponse(request, (await context.params).id, 'en');
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
