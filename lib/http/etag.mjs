// Plain JavaScript so that both the layer route handler and server.mjs's precompressed table
// (server-static.mjs, which runs without a build step) use this one rule.

/**
 * True when an If-None-Match header matches `etag` (weak comparison, RFC 9110 §13.1.2), so the
 * server may answer 304 Not Modified.
 *
 * @example ifNoneMatch('W/"abc", "def"', '"abc"') // => true
 * @param {string | null | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function ifNoneMatch(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  /** @param {string} tag */
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
