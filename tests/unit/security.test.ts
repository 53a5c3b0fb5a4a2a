import { describe, expect, test } from 'vitest';
import { NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { methodNotAllowed } from '@/lib/http/method-not-allowed';
import { GET as notFound, POST as notFoundPost } from '@/app/api/[[...path]]/route';
import { proxy } from '@/proxy';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy('abc123', "'self'");

  test('allows scripts only from this origin with the nonce, never inline or eval', () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
  });

  test('allows connections, images, fonts and workers from this origin only', () => {
    for (const d of ["default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toMatch(/https?:/);
  });

  test('sets frame-ancestors as asked', () => {
    expect(contentSecurityPolicy('n', '*')).toContain('frame-ancestors *');
    expect(csp).toContain("frame-ancestors 'self'");
  });
});

describe('proxy', () => {
  test('gives each page a fresh nonce in its CSP, and frame-ancestors * only to /embed', () => {
    const a = proxy(new NextRequest('http://localhost/'));
    const b = proxy(new NextRequest('http://localhost/embed?layers=talks'));
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(b.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  test('answers a broken percent-encoding under /api with a 400 problem+json', async () => {
    const response = proxy(new NextRequest('http://localhost/api/layers/%E0%A4%A'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('percent-encoding');
  });

  test('leaves API responses to the route handlers', () => {
    expect(proxy(new NextRequest('http://localhost/api/layers')).headers.get('x-middleware-next')).toBe('1');
  });
});

describe('API fallbacks', () => {
  test('a wrong method is 405 with Allow', async () => {
    const response = methodNotAllowed(new Request('http://localhost/api/layers', { method: 'DELETE' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(((await response.json()) as { detail: string }).detail).toBe('DELETE is not allowed here; use GET.');
  });

  test('an unknown endpoint is a 404 problem+json whatever the method', async () => {
    for (const response of [notFound(), notFoundPost()]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
