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

  test('is not run for the API or static files', async () => {
    const { config } = await import('@/proxy');
    const matcher = new RegExp(`^${config.matcher[0]!.source}$`);
    for (const path of ['/', '/embed', '/embed?x=1']) expect(matcher.test(path), path).toBe(true);
    for (const path of ['/api/layers', '/_next/static/x.js', '/embed.js', '/maplibre/6.17.0/maplibre-gl-worker.mjs']) expect(matcher.test(path), path).toBe(false);
  });
});

describe('server guard (server.mjs)', () => {
  test('answers TRACE, TRACK and CONNECT with 405 problem+json and Allow', async () => {
    const { guard } = await import('@/server-guard.mjs');
    for (const method of ['TRACE', 'TRACK', 'CONNECT']) {
      const answer = guard(method, '/api/layers')!;
      expect(answer.status).toBe(405);
      expect(answer.headers.Allow).toBe('GET, HEAD, OPTIONS');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
  });

  test('answers a broken percent-encoding under /api with a 400 problem+json, elsewhere plain text', async () => {
    const { guard } = await import('@/server-guard.mjs');
    const api = guard('GET', '/api/layers/%E0%A4%A')!;
    expect(api.status).toBe(400);
    expect(api.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(api.body).detail).toContain('percent-encoding');
    expect(guard('GET', '/%')!.headers['Content-Type']).toMatch(/^text\/plain/);
  });

  test('passes everything else to Next', async () => {
    const { guard } = await import('@/server-guard.mjs');
    expect(guard('GET', '/api/layers/talks?x=%')).toBeNull();
    expect(guard('POST', '/api/layers')).toBeNull();
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
