/**
 * The Content-Security-Policy of a page: only this origin for scripts, styles, images, fonts and
 * connections; scripts also need the request's nonce (Next's inline bootstrap carries it); MapLibre's
 * worker comes from this origin, and MapLibre makes blob: and data: images.
 *
 * @param nonce a fresh random value for this request
 * @param frameAncestors who may frame the page: "*" for /embed, "'self'" elsewhere
 */
export function contentSecurityPolicy(nonce: string, frameAncestors: "*" | "'self'", dev = false): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing bootstrap load Next's chunks; 'self' is the fallback for old browsers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Server-rendered style attributes (legend bars, MapLibre's markers) cannot carry a nonce. Styles
    // cannot run code, and scripts stay nonce-locked, so inline styles are allowed.
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
