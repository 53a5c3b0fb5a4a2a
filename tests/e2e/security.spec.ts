import { createHash } from 'node:crypto';
import { type Page } from '@playwright/test';
import { expect, test } from './edition';
import { watchPage } from './map-page';

/** Records CSP violations in the page, from before any script of the page runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'-alert(1)-'",
  'javascript:window.__pwned=1',
  '<svg/onload=window.__pwned=1>',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '${alert(1)}',
  '</title><script>window.__pwned=1</script>',
];
const PARAMS = ['layers', 'view', 'bbox', 'title', 'legend', 'controls', 'theme', 'step'];

test.describe('security headers', () => {
  test('pages send a hash-based CSP that allows each of their inline scripts and nothing else inline, nosniff, a referrer and a permissions policy, and no X-Powered-By', async ({ request }) => {
    for (const path of ['/', '/embed', '/embed?title=0&theme=dark', '/no-such-page']) {
      const response = await request.get(path);
      // An unknown path is a real 404 page in both editions, under the same policy.
      expect(response.status(), path).toBe(path === '/no-such-page' ? 404 : 200);
      const headers = response.headers();
      const csp = headers['content-security-policy']!;
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
      expect(csp, path).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|nonce-|'strict-dynamic')/);
      // Every inline script the page runs is allowed by its hash (a data block is not run).
      const html = await response.text();
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(inline.length, path).toBeGreaterThan(0);
      for (const text of inline) expect(csp, path).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
      for (const directive of ["default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "worker-src 'self' blob:", "object-src 'none'"]) {
        expect(csp, path).toContain(directive);
      }
      expect(csp).toContain(path.startsWith('/embed') ? 'frame-ancestors *' : "frame-ancestors 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('geolocation=()');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  test('pages are cacheable by any cache: public Cache-Control, a strong ETag, 304 on If-None-Match, whatever the query', async ({ request }) => {
    for (const path of ['/', '/embed']) {
      const first = await request.get(path);
      expect(first.headers()['cache-control'], path).toMatch(/^public, max-age=\d+/);
      expect(first.headers()['cache-control'], path).not.toMatch(/private|no-store|no-cache/);
      const etag = first.headers().etag!;
      expect(etag, path).toMatch(/^"[^"]+"$/); // strong: no W/
      const again = await request.get(`${path}?layers=talks&title=0`, { headers: { 'if-none-match': etag } });
      expect(again.status(), path).toBe(304);
      expect((await request.get(`${path}?layers=ports`)).headers().etag, path).toBe(etag);
    }
  });

  test('the API answers with nosniff and a CSP that allows nothing to run', async ({ request }) => {
    const headers = (await request.get('/api/layers/talks')).headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
  });
});

test.describe('hostile input in the URL', () => {
  for (const path of ['/', '/embed']) {
    test(`${path}: XSS payloads in every parameter and in the hash run nothing and inject nothing`, async ({ page }) => {
      test.setTimeout(120_000);
      await recordViolations(page);
      const watch = watchPage(page);
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      for (const payload of PAYLOADS) {
        const query = PARAMS.map((p) => `${p}=${encodeURIComponent(payload)}`).join('&');
        await page.goto(`${path}?${query}#${encodeURIComponent(payload)}`);
        await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          violations: (window as unknown as { __violations: string[] }).__violations,
          // Elements a payload would create; the payload may appear only as escaped text in Next's data.
          injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
        }));
        expect(state, payload).toEqual({ pwned: undefined, violations: [], injected: 0 });
      }
      expect(dialogs).toBe(0);
      expect(watch.errors).toEqual([]);
    });
  }
});
