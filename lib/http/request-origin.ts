/**
 * The public origin of this app: SITE_URL when it is set (behind a proxy or CDN), else the origin
 * the request came in on.
 */
export function requestOrigin(headers: { get(name: string): string | null }, fallback = 'http://localhost:3000'): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!host || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) return fallback;
  const proto = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}
