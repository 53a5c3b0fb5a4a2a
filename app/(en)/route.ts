import { builtPageResponse } from '@/lib/page/built-page-response';

// Built once, at build time: every address of the full map shares this HTML, and its options
// (layers, view, date, step) are applied in the browser (lib/page/). Rendered by
// scripts/build-pages.ts with react-dom/server, without the App Router's runtime (issue 13).
export const dynamic = 'force-static';

/** GET /: the full map, in English. */
export function GET(): Promise<Response> {
  return builtPageResponse('map', 'en');
}
