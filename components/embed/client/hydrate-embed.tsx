import type { ComponentType, ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { EMBED_ROOT_ID, readEmbedPageData } from '@/lib/embed/embed-page-data';
import { CHART_SLOT_SELECTOR, ChartSlot } from '../ChartSlot';
import { EmbedApp } from '../EmbedApp';
import { hydrateWhenDrawn } from './hydrate-when-drawn';

/**
 * The embed's client code: React takes over the markup the build rendered (scripts/build-embed.ts)
 * once the boot script's map is on screen, with the props that markup was rendered from. No
 * framework router: the embed is one page, built once.
 */
export function hydrateEmbed(Provider: ComponentType<{ children: ReactNode }>): void {
  const root = document.getElementById(EMBED_ROOT_ID);
  if (!root) throw new Error(`the embed has no #${EMBED_ROOT_ID} element to hydrate`);
  const data = readEmbedPageData(document);
  const chart = <ChartSlot html={root.querySelector(CHART_SLOT_SELECTOR)?.innerHTML ?? ''} />;
  hydrateWhenDrawn(window, () => {
    hydrateRoot(
      root,
      <Provider>
        <EmbedApp {...data} chart={chart} />
      </Provider>,
    );
  });
}
