import { LAYER_CACHE_CONTROL } from '@/lib/config';
import { DATA_LICENCE, getLayerStore } from '@/lib/layers/layer-store';
import { mapInWords } from '@/lib/words/map-in-words';
import { refugeesCsv } from '@/lib/words/refugees-csv';

/** GET /api/refugees.csv: the UNHCR figures the map draws, with source and licence on each row. */
export function GET(): Response {
  const csv = refugeesCsv(mapInWords(getLayerStore()).refugees, 'https://data.unhcr.org/en/situations/ukraine', DATA_LICENCE);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="ukraine-refugees-2022-03-03.csv"',
      'Cache-Control': LAYER_CACHE_CONTROL,
    },
  });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/http/method-not-allowed';
