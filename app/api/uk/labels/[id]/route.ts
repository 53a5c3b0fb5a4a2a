import { labelsResponse } from '@/lib/http/layer-response';

/** GET /api/uk/labels/<id>: the layer's labels with their words in Ukrainian (the Ukrainian edition's). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return labelsResponse(request, (await context.params).id, 'uk');
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
