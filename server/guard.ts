// The checks the server makes before a request reaches Next.js, kept apart so that tests can call them.
import { API_ALLOW } from '../lib/http/method-not-allowed';
import { problem } from '../lib/http/problem';

/** Methods fetch's Request refuses, which Next.js would answer with a plain-text 500. */
export const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** An answer the server gives itself, without Next. */
export interface EarlyAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A problem+json answer, as the API routes give (lib/http/problem.ts). */
function problemAnswer(status: number, detail: string, extra: Record<string, string> = {}): EarlyAnswer {
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra },
    body: JSON.stringify(problem(status, detail)),
  };
}

/**
 * The early answer for a request Next.js cannot handle well, or null to pass it on.
 * @param url the request target, as sent
 */
export function guard(method: string | undefined, url: string | undefined): EarlyAnswer | null {
  if (FORBIDDEN_METHODS.has(method ?? '')) return problemAnswer(405, `${method} is not allowed.`, { Allow: API_ALLOW });
  const path = (url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(path);
  } catch {
    // Next.js answers a broken percent-encoding with a plain-text 500.
    return path.startsWith('/api/')
      ? problemAnswer(400, 'The path is not valid percent-encoding.')
      : { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Bad request: the address is not valid.' };
  }
  return null;
}
