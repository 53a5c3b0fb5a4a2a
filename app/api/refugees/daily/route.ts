import { LAYER_CACHE_CONTROL } from '@/lib/config';
import { DATA_LICENCE, getLayerStore } from '@/lib/layers/layer-store';

/**
 * GET /api/refugees/daily: UNHCR's count day by day, 24 February to 3 March 2022. `series` holds
 * every published total in date order, with its cut-off and sources; `breakdowns` the updates
 * whose every country figure is sourced; `gaps` the days without a figure.
 */
export async function GET(): Promise<Response> {
  const { series } = await getLayerStore();
  const body = {
    title: "UNHCR's count of people who fled Ukraine, 24 February to 3 March 2022",
    licence: DATA_LICENCE,
    ...series,
  };
  return Response.json(body, { headers: { 'Cache-Control': LAYER_CACHE_CONTROL } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
