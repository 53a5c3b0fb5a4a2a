import { pageAt } from '../page/pages';

/** Who may frame a page: anyone for /embed, only this origin elsewhere. */
export type FrameAncestors = '*' | "'self'";

/**
 * The Content-Security-Policy of a page: only this origin for scripts, styles, images, fonts and
 * connections. The pages are built once, so their inline scripts (Next's bootstrap and data, the
 * page's own two) are allowed by their hashes, never by 'unsafe-inline' and never by a per-request
 * nonce; external scripts come from this origin. MapLibre's worker comes from this origin, and
 * MapLibre makes blob: and data: images.
 *
 * @param scriptHashes CSP hash sources of the page's inline scripts, e.g. `'sha256-…'` (lib/http/page-headers.ts)
 * @param dev `next dev` injects scripts of its own: allows inline and eval there, and only there
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], frameAncestors: FrameAncestors, dev = false): string {
  const scripts = dev ? ["'unsafe-inline'", "'unsafe-eval'"] : scriptHashes;
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts].join(' '),
    // Server-rendered style attributes (legend bars, MapLibre's markers) cannot carry a hash. Styles
    // cannot run code, and scripts stay hash-locked, so inline styles are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Who may frame the page at a path: anyone for a page framed by anyone (the embeds, lib/page/pages.json), this origin for everything else. */
export function frameAncestorsFor(path: string): FrameAncestors {
  return pageAt(path)?.framedBy === 'anyone' ? '*' : "'self'";
}
