import { describe, expect, test } from 'vitest';
import nextConfig from '@/next.config.mjs';
import { PAGES } from '@/lib/page/pages';

/** The response headers Next would set for a path, from the config's rules (later rules win). */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = await nextConfig.headers!();
  const out: Record<string, string> = {};
  for (const rule of rules) {
    // The three forms the config uses: an exact path, '/prefix/:path*', and '/:path(<regex>)'.
    const source = rule.source;
    const match =
      source === path ||
      (source.endsWith('/:path*') && (path + '/').startsWith(source.slice(0, -'/:path*'.length) + '/')) ||
      (source.startsWith('/:path(') && new RegExp(`^/${source.slice(7, -1)}$`).test(path));
    if (match) for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
  }
  return out;
}

describe('response headers from next.config.mjs', () => {
  test.each(['/', '/embed', '/api/layers', '/embed.js'])('%s: nosniff, a referrer policy and a permissions policy', async (path) => {
    expect(await headersFor(path)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('geolocation=()'),
    });
  });

  test.each(PAGES.filter((p) => p.framedBy === 'anyone').map((p) => p.path))('%s may be framed by any site: no X-Frame-Options (its CSP says so)', async (path) => {
    expect(await headersFor(path)).not.toHaveProperty('x-frame-options');
  });

  test.each([...PAGES.filter((p) => p.framedBy === 'self').map((p) => p.path), '/api/layers', '/api/oembed', '/embed/x'])('%s may be framed only by the app', async (path) => {
    expect(await headersFor(path)).toMatchObject({ 'x-frame-options': 'SAMEORIGIN' });
  });

  test('the API gets a CSP that allows nothing to run', async () => {
    expect((await headersFor('/api/layers/talks'))['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
  });

  test('the loader script is cacheable and readable from any site', async () => {
    expect(await headersFor('/embed.js')).toMatchObject({ 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*' });
  });

  test('Next does not advertise itself', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });
});
