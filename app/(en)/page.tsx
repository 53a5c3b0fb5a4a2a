import { EnglishProvider } from '@/components/i18n/EnglishProvider';
import { EditionPage, mapPageMetadata } from '@/components/page/MapPages';

// Built once, at build time: the page depends only on geodata/ (components/page/MapPages.tsx).
export const dynamic = 'force-static';

export const metadata = mapPageMetadata('en');

/** The full map, in English. */
export default function HomePage() {
  return (
    <EnglishProvider>
      <EditionPage locale="en" />
    </EnglishProvider>
  );
}
