import type { Metadata } from 'next';
import { MapApp } from '@/components/map/MapApp';
import { RefugeeChart } from '@/components/map/RefugeeChart';
import { MapBoot, PagePrepaint } from '@/components/page/PageScripts';
import { getLayerStore } from '@/lib/layers/layer-store';
import { oembedAlternates } from '@/lib/page/page-metadata';
import { refugeeDays } from '@/lib/refugees/refugee-days';
import { mapInWords } from '@/lib/words/map-in-words';

// Built once, at build time: the page depends only on geodata/. The address's options (layers,
// view, date, step) are applied in the browser (lib/page/), so every address shares this HTML and
// any cache may keep it.
export const dynamic = 'force-static';

export const metadata: Metadata = { alternates: oembedAlternates() };

/** The full map. The layers, the view and the tour step come from the URL, so a link reopens the same map. */
export default async function HomePage() {
  const store = await getLayerStore();
  const days = refugeeDays(store.refugees);
  return (
    <>
      <PagePrepaint kind="map" days={days} />
      <MapApp days={days} refugees={store.refugees} words={mapInWords(store)} chart={<RefugeeChart refugees={store.refugees} />} />
      <MapBoot />
    </>
  );
}
