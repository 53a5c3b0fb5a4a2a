import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { problemResponse } from '@/lib/http/problem';

/**
 * Runs before every route: rejects paths whose percent-encoding is broken (Next would answer a
 * plain-text 500), and gives each page a fresh CSP nonce. Static files are not matched.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  const raw = new URL(request.url).pathname;
  try {
    decodeURIComponent(raw);
  } catch {
    return pathname.startsWith('/api/')
      ? problemResponse(400, 'The path is not valid percent-encoding.')
      : new Response('Bad request: the address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (pathname.startsWith('/api/')) return NextResponse.next();

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
    // Everything but Next's static files, the app icon, MapLibre's worker and the embed loader.
    { source: '/((?!_next/static|_next/image|icon.svg|favicon.ico|maplibre-gl-worker.mjs|embed.js).*)' },
  ],
};
