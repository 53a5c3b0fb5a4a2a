/**
 * The oEmbed discovery URL for a page of this map (`<link rel="alternate" type="application/json+oembed">`).
 *
 * @example oembedDiscoveryUrl('https://maps.example', '/embed?layers=talks')
 * // => 'https://maps.example/api/oembed?url=https%3A%2F%2Fmaps.example%2Fembed%3Flayers%3Dtalks&format=json'
 */
export function oembedDiscoveryUrl(origin: string, pathAndQuery: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(origin + pathAndQuery)}&format=json`;
}
