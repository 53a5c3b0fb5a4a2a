import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { MapApp } from '@/components/map/MapApp';
import { RefugeeChart } from '@/components/map/RefugeeChart';
import { EMBED_TITLE } from '@/lib/embed/embed-snippet';
import { oembedDiscoveryUrl } from '@/lib/embed/oembed-discovery';
import { requestOrigin } from '@/lib/http/request-origin';
import { MapLibreBoot } from '@/components/map/MapLibreBoot';
import { getLayerStore } from '@/lib/layers/layer-store';
import { preloadLayers } from '@/lib/layers/preload-layers';
import { parseTourStep } from '@/lib/tour/tour-steps';
import { resolveRefugeeDate } from '@/lib/refugees/resolve-refugee-date';
import { parseMapUrlState, serializeMapUrlState } from '@/lib/url/map-url-state';
import { mapInWords } from '@/lib/words/map-in-words';

type Query = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  const origin = requestOrigin(await headers());
  const path = `/?${serializeMapUrlState(parseMapUrlState(await searchParams))}`;
  return {
    alternates: { types: { 'application/json+oembed': [{ url: oembedDiscoveryUrl(origin, path), title: EMBED_TITLE }] } },
  };
}

/** The full map. The layers, the view and the tour step come from the URL, so a link reopens the same map. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const store = getLayerStore();
  const initialState = parseMapUrlState(query);
  const { snapshots, defaultDate } = store.refugees;
  const refugeeDate = resolveRefugeeDate(initialState.date, snapshots.map((s) => s.date), defaultDate);
  preloadLayers(initialState.layers);
  return (
    <>
      <MapApp
        initialState={initialState}
        initialStep={parseTourStep(query.step)}
        refugeeDate={refugeeDate}
        refugees={store.refugees}
        words={mapInWords(store)}
        chart={<RefugeeChart refugees={store.refugees} />}
      />
      <MapLibreBoot enabled={initialState.layers} view={initialState.view} theme="auto" cooperativeGestures={false} refugeeDate={refugeeDate} />
    </>
  );
}
