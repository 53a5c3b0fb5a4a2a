import { notFound } from 'next/navigation';
import { builtPageResponse } from '@/lib/page/built-page-response';
import { PAGES, pageAt } from '@/lib/page/pages';

// Every page of lib/page/pages.json, built once at build time (scripts/pages/page-builder.ts): every address
// of a page shares its HTML, and its options (layers, view, date, step) are applied in the browser
// (lib/page/). Any other address is not a page: Next's 404 (app/global-not-found.tsx).
export const dynamic = 'force-static';
export const dynamicParams = false;

/** The pages' paths, as the segments of this optional catch-all: `/` is none, `/uk/embed` is two. */
export function generateStaticParams(): { page: string[] }[] {
  return PAGES.map((page) => ({ page: page.path.split('/').filter(Boolean) }));
}

/** GET a page: the full map or the embed, in its edition's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ page?: string[] }> }): Promise<Response> {
  const page = pageAt(`/${((await params).page ?? []).join('/')}`);
  if (!page) notFound();
  return builtPageResponse(page.kind, page.locale);
}
