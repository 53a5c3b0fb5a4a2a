import { builtPageResponse } from '@/lib/page/built-page-response';

// Built once, like the English embed (app/(en)/embed/route.ts).
export const dynamic = 'force-static';

/** GET /uk/embed: the map for iframes, in Ukrainian. */
export function GET(): Promise<Response> {
  return builtPageResponse('embed', 'uk');
}
