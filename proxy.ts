import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';

/**
 * Runs before every page (not the API, not static files): gives each a fresh CSP nonce. Broken
 * percent-encodings and forbidden methods are answered earlier, by server-guard.mjs.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, pathname === '/embed' ? '*' : "'self'", process.env.NODE_ENV === 'development');
  // Next reads the policy from the request to put the nonce on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Pages only: not the API (its CSP is in next.config.mjs, and the hot path stays lean), not
    // static files (Next's, the icon, MapLibre and its worker, the embed loader), not the benchmark's
    // baseline page (public/bench/, written by npm run bench, never committed).
    { source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico|maplibre/|embed.js|bench/).*)' },
  ],
};
