import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { EmbedApp } from '@/components/embed/EmbedApp';
import { serializeEmbedOptions } from '@/lib/embed/embed-options';
import { parseEmbedOptions } from '@/lib/embed/parse-embed-options';
import { EMBED_TITLE } from '@/lib/embed/embed-snippet';
import { oembedDiscoveryUrl } from '@/lib/embed/oembed-discovery';
import { requestOrigin } from '@/lib/http/request-origin';
import { MapLibreBoot } from '@/components/map/MapLibreBoot';
import { getLayerStore } from '@/lib/layers/layer-store';
import { preloadLayers } from '@/lib/layers/preload-layers';
import { parseTourStep } from '@/lib/tour/tour-steps';
import { mapInWords } from '@/lib/words/map-in-words';
import { refugeeLinkDate, resolveRefugeeDate } from '@/lib/refugees/resolve-refugee-date';
import { RefugeeChart } from '@/components/map/RefugeeChart';

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  const origin = requestOrigin(await headers());
  const path = `/embed?${serializeEmbedOptions(parseEmbedOptions(await searchParams))}`;
  return {
    title: EMBED_TITLE,
    robots: { index: false },
    alternates: { types: { 'application/json+oembed': [{ url: oembedDiscoveryUrl(origin, path), title: EMBED_TITLE }] } },
  };
}

/** The map for iframes. Every query parameter is optional; invalid values fall back to defaults. */
export default async function EmbedPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const store = getLayerStore();
  const parsed = parseEmbedOptions(query);
  const { snapshots, defaultDate } = store.refugees;
  const refugeeDate = resolveRefugeeDate(parsed.date, snapshots.map((s) => s.date), defaultDate);
  const options = { ...parsed, date: refugeeLinkDate(refugeeDate, defaultDate) };
  preloadLayers(options.layers);
  return (
    <>
      <EmbedApp
        options={options}
        initialStep={parseTourStep(query.step)}
        refugeeDate={refugeeDate}
        refugees={store.refugees}
        words={mapInWords(store)}
        chart={<RefugeeChart refugees={store.refugees} />}
      />
      <MapLibreBoot enabled={options.layers} view={options.view} bbox={options.bbox} theme={options.theme} cooperativeGestures refugeeDate={refugeeDate} />
    </>
  );
}
