import { EnglishProvider } from '../i18n/EnglishProvider';
import { UkrainianProvider } from '../i18n/UkrainianProvider';
import { MapBoot, MapWarmUp, PagePrepaint } from '../page/PageScripts';
import { RefugeeChart } from '../map/RefugeeChart';
import { EMBED_DATA_ID, EMBED_ROOT_ID, type EmbedPageData } from '@/lib/embed/embed-page-data';
import type { Locale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { scriptSafeJson } from '@/lib/map/map-boot';
import { THEME_COLOR, editionLinks } from '@/lib/page/page-metadata';
import { ChartSlot } from './ChartSlot';
import { EmbedApp } from './EmbedApp';

/** The embed's own files, as the build names them (scripts/build-embed.ts): its client module and its stylesheet. */
export interface EmbedAssets {
  script: string;
  stylesheet: string;
}

const PROVIDERS = { en: EnglishProvider, uk: UkrainianProvider } as const;

/**
 * What React hydrates in the browser (components/embed/client/hydrate-embed.tsx), with the same
 * props: rendered on its own, apart from the document around it, so that the ids React derives from
 * the tree's shape (`useId`) are the same on both sides.
 */
export function EmbedRoot({ locale, data }: { locale: Locale; data: EmbedPageData }) {
  const Provider = PROVIDERS[locale];
  return (
    <Provider>
      <EmbedApp
        {...data}
        chart={
          <ChartSlot>
            <RefugeeChart refugees={data.refugees} locale={locale} />
          </ChartSlot>
        }
      />
    </Provider>
  );
}

/**
 * The whole embed page of an edition around {@link EmbedRoot}'s markup (`appHtml`), rendered once at
 * build time (scripts/build-embed.ts): the head (MapLibre's warm-up, metadata, stylesheet, client module; React adds
 * MapLibre's modulepreload and orders the head itself), the page's spec and first script, the embed's
 * markup, the boot script that draws the map, and the props React hydrates with.
 */
export function EmbedDocument({ locale, data, assets, appHtml }: { locale: Locale; data: EmbedPageData; assets: EmbedAssets; appHtml: string }) {
  const m = MESSAGES[locale];
  const alternates = editionLinks('embed', locale);
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- rendered by react-dom/server at build time, not by Next */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Before the client module: MapLibre's worker starts first (deferred modules run in order). */}
        <MapWarmUp />
        <link rel="stylesheet" href={assets.stylesheet} />
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks parsing */}
        <script type="module" src={assets.script} />
        <meta name="theme-color" content={THEME_COLOR} />
        <title>{m.page.embedTitle}</title>
        <meta name="description" content={m.page.description} />
        <meta name="robots" content="noindex" />
        <link rel="canonical" href={alternates.canonical} />
        {Object.entries(alternates.languages).map(([language, href]) => (
          <link key={language} rel="alternate" hrefLang={language} href={href} />
        ))}
        <link rel="alternate" type="application/json+oembed" href={alternates.oembed.url} title={alternates.oembed.title} />
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </head>
      <body>
        <PagePrepaint kind="embed" days={data.days} locale={locale} />
        <div id={EMBED_ROOT_ID} dangerouslySetInnerHTML={{ __html: appHtml }} />
        <MapBoot />
        <script type="application/json" id={EMBED_DATA_ID} dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />
      </body>
    </html>
  );
}
