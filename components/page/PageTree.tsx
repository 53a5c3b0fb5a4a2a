import { StrictMode, type ComponentType, type ReactNode } from 'react';
import type { PageData } from '@/lib/page/page-data';

/** A page's component: the full map's (components/map/MapApp.tsx) or the embed's (components/embed/EmbedApp.tsx). */
export type PageApp = ComponentType<PageData & { chart: ReactNode }>;

/** An edition's catalogue (components/i18n/). */
export type EditionProvider = ComponentType<{ children: ReactNode }>;

interface PageTreeProps {
  App: PageApp;
  Provider: EditionProvider;
  data: PageData;
  /** The chart's slot: rendered by the build, kept as markup by the browser (./ChartSlot.tsx). */
  chart: ReactNode;
  /** StrictMode, in a development build only (`npm run dev`), as the App Router's `reactStrictMode` did. */
  strict?: boolean;
}

/**
 * The tree React renders at build time (./PageDocument.tsx) and hydrates in the browser
 * (./client/hydrate-page.tsx): defined once, so that both sides render the same tree and the ids
 * React derives from its shape (`useId`) match. This module imports no chart and no server code:
 * the browser's bundles include it.
 */
export function PageTree({ App, Provider, data, chart, strict = false }: PageTreeProps) {
  const tree = (
    <Provider>
      <App {...data} chart={chart} />
    </Provider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
