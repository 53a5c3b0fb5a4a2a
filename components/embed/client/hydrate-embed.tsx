import type { ComponentType, ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { EMBED_ROOT_ID, readEmbedPageData } from '@/lib/embed/embed-page-data';
import { CHART_SLOT_SELECTOR, ChartSlot } from '../ChartSlot';
import { EmbedApp } from '../EmbedApp';

/**
 * The embed's client code: React takes over the markup the build rendered (scripts/build-embed.ts)
 * with the props that markup was rendered from. No framework router: the embed is one page, built
 * once. React starts at once, while the map's data is still on its way: measured against waiting
 * for the boot script's map to be drawn, starting at once made the page interactive about 700 ms
 * sooner (React then adopts the map before its first frame; BENCHMARKS.md, runs K and L).
 */
export function hydrateEmbed(Provider: ComponentType<{ children: ReactNode }>): void {
  const root = document.getElementById(EMBED_ROOT_ID);
  if (!root) throw new Error(`the embed has no #${EMBED_ROOT_ID} element to hydrate`);
  const data = readEmbedPageData(document);
  const chart = <ChartSlot html={root.querySelector(CHART_SLOT_SELECTOR)?.innerHTML ?? ''} />;
  hydrateRoot(
    root,
    <Provider>
      <EmbedApp {...data} chart={chart} />
    </Provider>,
  );
}
