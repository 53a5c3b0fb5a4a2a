import { readFile } from 'node:fs/promises';
import type { Locale } from '../i18n/locale';
import { problemResponse } from '../http/problem';
import { pageHtmlFile } from './page-build';
import type { PageKind } from './page-start';

/**
 * A page of an edition (the full map or the embed), as scripts/pages/page-builder.ts rendered it. The
 * page's caching and policy headers come with the build's table (scripts/precompress.ts); if the
 * file is missing, the answer says how to make it rather than failing blank.
 */
export async function builtPageResponse(kind: PageKind, locale: Locale): Promise<Response> {
  let html: string;
  try {
    html = await readFile(pageHtmlFile(kind, locale), 'utf8');
  } catch {
    return problemResponse(500, `${pageHtmlFile(kind, locale)} is missing: run "npm run build" (or "npm run dev"), which renders it first.`);
  }
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
