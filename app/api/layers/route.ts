import { getLayerStore } from '@/lib/layers/layer-store';
import { LAYER_CACHE_CONTROL } from '@/lib/config';

/** GET /api/layers: the list of layers with their feature counts, extents, dates and URLs. */
export async function GET(): Promise<Response> {
  return Response.json({ layers: (await getLayerStore()).index }, { headers: { 'Cache-Control': LAYER_CACHE_CONTROL } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
