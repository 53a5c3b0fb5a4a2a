// One rule for the layer route handler and the server's precompressed table (server/).

/**
 * True when an If-None-Match header matches `etag` (weak comparison, RFC 9110 §13.1.2), so the
 * server may answer 304 Not Modified.
 *
 * @example ifNoneMatch('W/"abc", "def"', '"abc"') // => true
 */
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
