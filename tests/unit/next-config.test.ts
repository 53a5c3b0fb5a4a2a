import { describe, expect, test } from 'vitest';
import nextConfig from '@/next.config.mjs';

/** The response headers Next would set for a path, from the config's rules (later rules win). */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = await nextConfig.headers!();
  const out: Record<string, string> = {};
  for (const rule of rules) {
    // Next compiles `source` with path-to-regexp; here the two forms we use are matched directly.
    const match = rule.source === path || (rule.source.startsWith('/:path(') && new RegExp(`^/${rule.source.slice(7, -1)}$`).test(path));
    if (match) for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
  }
  return out;
}

describe('framing rules', () => {
  test('/embed may be framed by any site, with no X-Frame-Options', async () => {
    expect(await headersFor('/embed')).toEqual({ 'content-security-policy': 'frame-ancestors *' });
  });

  test.each(['/', '/api/layers', '/api/oembed'])('%s may be framed only by the app', async (path) => {
    expect(await headersFor(path)).toMatchObject({ 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' });
  });

  test('the loader script is cacheable and not a framing rule', async () => {
    const headers = await headersFor('/embed.js');
    expect(headers['cache-control']).toBe('public, max-age=3600');
    expect(headers['content-security-policy']).toBeUndefined();
  });

  test('Next does not advertise itself', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });
});
