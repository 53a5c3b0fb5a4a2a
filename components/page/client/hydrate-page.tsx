import { hydrateRoot } from 'react-dom/client';
import { PAGE_ROOT_ID, readPageData } from '@/lib/page/page-data';
import { CHART_SLOT_SELECTOR, ChartSlot } from '../ChartSlot';
import { PageTree, type EditionProvider, type PageApp } from '../PageTree';
import { reloadOnRebuild } from './reload-on-rebuild';

/**
 * A page's client code: React takes over the markup the build rendered (scripts/pages/page-builder.ts)
 * with the props that markup was rendered from, in the same {@link PageTree} (the entry names the
 * page's component and its edition's catalogue, so that a bundle holds only its own). No framework
 * router: each page is one page, built once. React starts at once, while the map's data is still on
 * its way: measured on the embed against waiting for the early map's map to be drawn, starting at
 * once made the page interactive about 700 ms sooner (React then adopts the map before its first
 * frame; BENCHMARKS.md).
 */
export function hydratePage(App: PageApp, Provider: EditionProvider): void {
  const root = document.getElementById(PAGE_ROOT_ID);
  if (!root) throw new Error(`the page has no #${PAGE_ROOT_ID} element to hydrate`);
  const data = readPageData(document);
  const chart = <ChartSlot html={root.querySelector(CHART_SLOT_SELECTOR)?.innerHTML ?? ''} />;
  // A development build (scripts/dev.ts) is StrictMode on both sides; esbuild fixes NODE_ENV.
  hydrateRoot(root, <PageTree App={App} Provider={Provider} data={data} chart={chart} strict={process.env.NODE_ENV === 'development'} />);
  if (process.env.NODE_ENV === 'development') reloadOnRebuild();
}
