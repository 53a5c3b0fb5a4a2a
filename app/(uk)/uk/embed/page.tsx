import { UkrainianProvider } from '@/components/i18n/UkrainianProvider';
import { EditionPage, embedPageMetadata } from '@/components/page/MapPages';

// Built once, like the English embed.
export const dynamic = 'force-static';

export const metadata = embedPageMetadata('uk');

/** The map for iframes, in Ukrainian. */
export default function UkrainianEmbedPage() {
  return (
    <UkrainianProvider>
      <EditionPage kind="embed" locale="uk" />
    </UkrainianProvider>
  );
}
