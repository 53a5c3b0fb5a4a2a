import type { Metadata } from 'next';
import { EMBED_TITLE } from '../embed/embed-snippet';
import { OEMBED_FILE_PATH, siteUrl } from '../http/site-url';

/**
 * The oEmbed discovery link of a map page: the answer for the map's canonical URL, as a file
 * (app/oembed.json/route.ts). The pages are built once, so the link cannot carry a reader's query;
 * /api/oembed still answers for any URL of the map, with maxwidth and maxheight, on the Node server.
 */
export function oembedAlternates(): Metadata['alternates'] {
  return { types: { 'application/json+oembed': [{ url: `${siteUrl()}${OEMBED_FILE_PATH}`, title: EMBED_TITLE }] } };
}
