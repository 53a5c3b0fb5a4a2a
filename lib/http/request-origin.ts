import { DEFAULT_SITE_URL, siteUrl } from './site-url';

/**
 * The public origin of this app: SITE_URL when it is set (behind a proxy or CDN), else the origin
 * the request came in on.
 */
export function requestOrigin(headers: { get(name: string): string | null }, fallback = DEFAULT_SITE_URL): string {
  if (process.env.SITE_URL?.trim()) return siteUrl();
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!host || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) return fallback;
  const proto = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
