import { LAYER_CACHE_CONTROL } from '@/lib/config';
import { DATA_LICENCE, getLayerStore } from '@/lib/layers/layer-store';
import { refugeeDailyCsv } from '@/lib/words/refugees-csv';

/** GET /api/refugees/daily.csv: every total UNHCR published, 24 February to 3 March 2022. */
export async function GET(): Promise<Response> {
  return new Response(refugeeDailyCsv((await getLayerStore()).series, DATA_LICENCE), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ukraine-refugees-daily-2022-02-24-to-03-03.csv"',
      'Cache-Control': LAYER_CACHE_CONTROL,
    },
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
