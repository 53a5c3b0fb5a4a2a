import { LAYER_CACHE_CONTROL } from '@/lib/config';
import { DATA_LICENCE, getLayerStore } from '@/lib/layers/layer-store';
import { refugeesCsv } from '@/lib/words/refugees-csv';

/** GET /api/refugees.csv: every complete UNHCR country breakdown, with sources and licence on each row. */
export async function GET(): Promise<Response> {
  return new Response(refugeesCsv((await getLayerStore()).series, DATA_LICENCE), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ukraine-refugees-by-country-2022-03-02-to-03.csv"',
      'Cache-Control': LAYER_CACHE_CONTROL,
    },
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
