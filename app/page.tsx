import { MapApp } from '@/components/map/MapApp';
import { getLayerStore } from '@/lib/layers/layer-store';
import { parseMapUrlState } from '@/lib/url/map-url-state';

/** The full map. The layers and the view come from the URL, so a shared link reopens the same map. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const initialState = parseMapUrlState(await searchParams);
  return <MapApp initialState={initialState} refugees={getLayerStore().refugees} />;
}
