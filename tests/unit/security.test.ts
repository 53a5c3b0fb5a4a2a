import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, frameAncestorsFor } from '@/lib/http/content-security-policy';
import { PAGE_CACHE_CONTROL, inlineScriptHashes, pageHeaders } from '@/lib/http/page-headers';
import { methodNotAllowed } from '@/lib/http/method-not-allowed';
import { GET as notFound, POST as notFoundPost } from '@/app/api/[[...path]]/route';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy(["'sha256-abc='", "'sha256-def='"], "'self'");

  test('allows scripts only from this origin and by hash, never inline, eval or by nonce', () => {
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|nonce-|strict-dynamic)/);
  });

  test('allows connections, images, fonts and workers from this origin only', () => {
    for (const d of ["default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toMatch(/https?:/);
  });

  test('sets frame-ancestors as asked: * for /embed only', () => {
    expect(contentSecurityPolicy([], '*')).toContain('frame-ancestors *');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(frameAncestorsFor('/embed')).toBe('*');
    for (const path of ['/', '/embed.js', '/embed/x', '/404']) expect(frameAncestorsFor(path), path).toBe("'self'");
  });

  test('relaxes scripts for next dev only', () => {
    expect(contentSecurityPolicy([], "'self'", true)).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval'/);
  });
});

describe('pageHeaders', () => {
  const html =
    '<html><head><script src="/_next/a.js" async></script><script>self.__next_f.push([1])</script></head>' +
    '<body><script type="application/json" id="page-spec">{"kind":"map"}</script><script type="module" async>import"x"</script>' +
    '<script>self.__next_f.push([1])</script><SCRIPT type="text/javascript">b()</SCRIPT></body></html>';
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  test('hashes each inline script the browser runs, once, and no external script or data block', () => {
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1])'), sha('import"x"'), sha('b()')]);
  });

  test('gives a page its policy, public caching and a strong ETag of its bytes', () => {
    const headers = pageHeaders('/embed', html);
    expect(headers['content-security-policy']).toContain(`script-src 'self' ${inlineScriptHashes(html).join(' ')};`);
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect(headers['cache-control']).toMatch(/^public, /);
    expect(headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(pageHeaders('/', `${html} `).etag).not.toBe(headers.etag);
  });
});

describe('server guard (server/guard.ts)', () => {
  test('answers TRACE, TRACK and CONNECT with 405 problem+json and Allow', async () => {
    const { guard } = await import('@/server/guard');
    for (const method of ['TRACE', 'TRACK', 'CONNECT']) {
      const answer = guard(method, '/api/layers')!;
      expect(answer.status).toBe(405);
      expect(answer.headers.Allow).toBe('GET, HEAD, OPTIONS');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
  });

  test('answers a broken percent-encoding under /api with a 400 problem+json, elsewhere plain text', async () => {
    const { guard } = await import('@/server/guard');
    const api = guard('GET', '/api/layers/%E0%A4%A')!;
    expect(api.status).toBe(400);
    expect(api.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(api.body).detail).toContain('percent-encoding');
    expect(guard('GET', '/%')!.headers['Content-Type']).toMatch(/^text\/plain/);
  });

  test('passes everything else to Next', async () => {
    const { guard } = await import('@/server/guard');
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
