import { builtPageResponse } from '@/lib/page/built-page-response';

// Built once, like the full map: every embed of every article is this one page, with its options
// applied in the browser (lib/page/), so a CDN can carry a viral article's traffic. Rendered by
// scripts/build-pages.ts without the App Router's runtime: the embed ships only what it runs.
export const dynamic = 'force-static';

/** GET /embed: the map for iframes, in English. */
export function GET(): Promise<Response> {
  return builtPageResponse('embed', 'en');
}
