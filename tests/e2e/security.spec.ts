import { expect, test, type Page } from '@playwright/test';
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
  test('pages send a nonce-based CSP, nosniff, a referrer and a permissions policy, and no X-Powered-By', async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ['/', '/embed']) {
      const headers = (await request.get(path)).headers();
      const csp = headers['content-security-policy']!;
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      for (const directive of ["default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "worker-src 'self' blob:", "object-src 'none'"]) {
        expect(csp, path).toContain(directive);
      }
      expect(csp).toContain(path === '/embed' ? 'frame-ancestors *' : "frame-ancestors 'self'");
      nonces.add(/nonce-([^']+)/.exec(csp)![1]!);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('geolocation=()');
      expect(headers['x-powered-by']).toBeUndefined();
    }
    expect(nonces.size).toBe(2); // a fresh nonce per response
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
          injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], script:not([src]):not([nonce])').length,
        }));
        expect(state, payload).toEqual({ pwned: undefined, violations: [], injected: 0 });
      }
      expect(dialogs).toBe(0);
      expect(watch.errors).toEqual([]);
    });
  }
});
