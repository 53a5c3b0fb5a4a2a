import type { Metadata } from 'next';
import { EmbedApp } from '@/components/embed/EmbedApp';
import { RefugeeChart } from '@/components/map/RefugeeChart';
import { MapBoot, PagePrepaint } from '@/components/page/PageScripts';
import { EMBED_TITLE } from '@/lib/embed/embed-snippet';
import { getLayerStore } from '@/lib/layers/layer-store';
import { oembedAlternates } from '@/lib/page/page-metadata';
import { refugeeDays } from '@/lib/refugees/refugee-days';
import { mapInWords } from '@/lib/words/map-in-words';

// Built once, like the full map: every embed of every article is this one file, with its options
// applied in the browser (lib/page/), so a CDN can carry a viral article's traffic.
export const dynamic = 'force-static';

export const metadata: Metadata = { title: EMBED_TITLE, robots: { index: false }, alternates: oembedAlternates() };

/** The map for iframes. Every query parameter is optional; invalid values fall back to defaults. */
export default async function EmbedPage() {
  const store = await getLayerStore();
  const days = refugeeDays(store.refugees);
  return (
    <>
      <PagePrepaint kind="embed" days={days} />
      <EmbedApp days={days} refugees={store.refugees} words={mapInWords(store)} chart={<RefugeeChart refugees={store.refugees} />} />
      <MapBoot />
    </>
  );
}
