import { oembedFileResponse } from '@/lib/embed/oembed-file';

// Built once: the oEmbed answer for the Ukrainian map's canonical URL (/uk), as a file.
export const dynamic = 'force-static';

/** GET /uk/oembed.json: what /api/oembed answers for SITE_URL's `/uk`, as a file. */
export function GET(): Response {
  return oembedFileResponse('uk');
}
