import { readFile } from 'node:fs/promises';
import type { Locale } from '../i18n/locale';
import { problemResponse } from '../http/problem';
import { embedHtmlFile } from './embed-build';

/**
 * An edition's embed page, as scripts/build-embed.ts rendered it. The page's caching and policy
 * headers come with the build's table (scripts/precompress.ts); if the file is missing, the answer
 * says how to make it rather than failing blank.
 */
export async function embedPageResponse(locale: Locale): Promise<Response> {
  let html: string;
  try {
    html = await readFile(embedHtmlFile(locale), 'utf8');
  } catch {
    return problemResponse(500, `${embedHtmlFile(locale)} is missing: run "npm run build" (or "npm run dev"), which renders it first.`);
  }
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
