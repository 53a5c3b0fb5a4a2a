import { UkrainianProvider } from '@/components/i18n/UkrainianProvider';
import { EditionPage, mapPageMetadata } from '@/components/page/MapPages';

// Built once, like the English edition's (components/page/MapPages.tsx).
export const dynamic = 'force-static';

export const metadata = mapPageMetadata('uk');

/** The full map, in Ukrainian. */
export default function UkrainianMapPage() {
  return (
    <UkrainianProvider>
      <EditionPage locale="uk" />
    </UkrainianProvider>
  );
}
