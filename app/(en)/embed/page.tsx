import { EnglishProvider } from '@/components/i18n/EnglishProvider';
import { EditionPage, embedPageMetadata } from '@/components/page/MapPages';

// Built once, like the full map: every embed of every article is this one file, with its options
// applied in the browser (lib/page/), so a CDN can carry a viral article's traffic.
export const dynamic = 'force-static';

export const metadata = embedPageMetadata('en');

/** The map for iframes, in English. */
export default function EnglishEmbedPage() {
  return (
    <EnglishProvider>
      <EditionPage kind="embed" locale="en" />
    </EnglishProvider>
  );
}
