// How a page's HTML is rendered (./page-builder.ts bundles this for Node and imports it again after
// each change): react-dom/server, the same tree the browser hydrates.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { EmbedApp } from '../../components/embed/EmbedApp';
import { MapApp } from '../../components/map/MapApp';
import { PageDocument, PageRoot, type PageAssets } from '../../components/page/PageDocument';
import type { PageApp } from '../../components/page/PageTree';
import type { PageData } from '../../lib/page/page-data';
import type { PageRow } from '../../lib/page/pages';
import type { PageKind } from '../../lib/page/page-start';

/** Each kind of page's component, the root of what React renders and hydrates. */
const APPS: Record<PageKind, PageApp> = { map: MapApp, embed: EmbedApp };

/** A page's whole HTML document; `strict` for a development build (StrictMode, as the browser's bundle then has). */
export function renderPageHtml(page: PageRow, data: PageData, assets: PageAssets, strict: boolean): string {
  const { kind, locale, start } = page;
  const appHtml = renderToString(createElement(PageRoot, { app: APPS[kind], locale, data, strict }));
  return `<!DOCTYPE html>${renderToString(createElement(PageDocument, { kind, locale, start, data, assets, appHtml }))}`;
}
