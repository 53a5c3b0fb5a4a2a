import { oembedFileResponse } from '@/lib/embed/oembed-file';

// Built once: the oEmbed answer for the English map's canonical URL, the file its pages' discovery
// links point at (the static edition cannot answer /api/oembed's queries).
export const dynamic = 'force-static';

/** GET /oembed.json: what /api/oembed answers for SITE_URL's `/`, as a file. */
export function GET(): Response {
  return oembedFileResponse('en');
}
