import { createHash } from 'node:crypto';
import { contentSecurityPolicy, frameAncestorsFor } from './content-security-policy';

/**
 * HTTP caching of the pages (`/`, `/embed`), which are built once and not versioned by URL:
 * browsers keep a page 5 minutes, shared caches (a CDN) 10 minutes, so a correction reaches every
 * reader within about 15 minutes; after that a cache may serve the old copy while it fetches the
 * new one (a day), so that a viral article's traffic never waits on this server. Revalidation is a
 * 304 against the strong ETag. The files the pages load are versioned and cached for a year.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=300, s-maxage=600, stale-while-revalidate=86400';

/** HTML inline scripts: `<script …>…</script>` without `src`, with their attributes and text. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Types that make a script element run (HTML's JavaScript MIME types, `module`, or none). */
const RUNNABLE_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * The CSP hash sources (`'sha256-…'`) of every inline script in a page that the browser would run,
 * in document order, without repeats. Data blocks (`type="application/json"`) are not run and need none.
 *
 * @example inlineScriptHashes('<script>a()</script>') // => ["'sha256-…'"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!RUNNABLE_TYPE.test(type.trim())) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** A strong ETag for a body: its SHA-256, base64url, quoted. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * The headers a built page is sent with, from its HTML: its CSP (inline scripts by hash,
 * frame-ancestors per path), public caching and a strong ETag. The headers every response gets
 * (nosniff, referrer and permissions policies, framing) come from next.config.mjs.
 */
export function pageHeaders(path: string, html: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy(inlineScriptHashes(html), frameAncestorsFor(path)),
    'cache-control': PAGE_CACHE_CONTROL,
    etag: strongEtag(html),
  };
}
