import { builtPageResponse } from '@/lib/page/built-page-response';

// Built once, like the English edition's (app/(en)/route.ts).
export const dynamic = 'force-static';

/** GET /uk: the full map, in Ukrainian. */
export function GET(): Promise<Response> {
  return builtPageResponse('map', 'uk');
}
