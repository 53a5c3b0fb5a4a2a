// The checks server.mjs makes before a request reaches Next.js, kept apart so that tests can call them.

/** Methods fetch's Request refuses, which Next.js would answer with a plain-text 500. */
export const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** Methods every API route answers. */
export const ALLOW = 'GET, HEAD, OPTIONS';

/**
 * The early answer for a request Next.js cannot handle well, or null to pass it on.
 * @param {string | undefined} method
 * @param {string | undefined} url the request target, as sent
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
export function guard(method, url) {
  /** @param {number} status @param {string} title @param {string} detail @param {Record<string, string>} [extra] */
  const problem = (status, title, detail, extra = {}) => ({
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra },
    body: JSON.stringify({ type: 'about:blank', title, status, detail }),
  });
  if (FORBIDDEN_METHODS.has(method ?? '')) return problem(405, 'Method Not Allowed', `${method} is not allowed.`, { Allow: ALLOW });
  const path = (url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(path);
  } catch {
    // Next.js answers a broken percent-encoding with a plain-text 500.
    return path.startsWith('/api/')
      ? problem(400, 'Bad Request', 'The path is not valid percent-encoding.')
      : { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Bad request: the address is not valid.' };
  }
  return null;
}
