import { EnglishProvider } from '../i18n/EnglishProvider';
import { UkrainianProvider } from '../i18n/UkrainianProvider';
import { MapBoot, MapWarmUp, PagePrepaint, WideStartHints } from './PageScripts';
import type { PageStartMode } from '@/lib/page/pages';
import { RefugeeChart } from '../map/RefugeeChart';
import { ChartSlot } from './ChartSlot';
import { PageTree, type EditionProvider, type PageApp } from './PageTree';
import type { Locale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { scriptSafeJson } from '@/lib/page/script-safe-json';
import { PAGE_DATA_ID, PAGE_ROOT_ID, type PageData } from '@/lib/page/page-data';
import { THEME_COLOR, editionLinks } from '@/lib/page/page-metadata';
import { siteUrl } from '@/lib/http/site-url';
import type { PictureFile } from '@/lib/picture/picture-manifest';
import type { PageKind } from '@/lib/page/page-start';

/** A page's own files, as the build names them (scripts/pages/page-builder.ts): its client module and the stylesheet. */
export interface PageAssets {
  script: string;
  stylesheet: string;
}

/**
 * What a link to the page shows where it is shared (Open Graph, X's card): the share card the
 * build drew (scripts/build-pictures.ts), as absolute URLs at SITE_URL.
 */
function ShareCard({ card, alt, url, title, description, locale }: { card: PictureFile; alt: string; url: string; title: string; description: string; locale: Locale }) {
  const image = `${siteUrl()}${card.path}`;
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={OG_LOCALE[locale]} />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(card.width)} />
      <meta property="og:image:height" content={String(card.height)} />
      <meta property="og:image:alt" content={alt} />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={alt} />
    </>
  );
}

/** Open Graph's locale codes. */
const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', uk: 'uk_UA' };

/** Each edition's catalogue, around the page's component. */
const PROVIDERS: Record<Locale, EditionProvider> = { en: EnglishProvider, uk: UkrainianProvider };

/**
 * What React hydrates in the browser (components/page/client/hydrate-page.tsx): the page's
 * {@link PageTree}, with the chart rendered here, apart from the document around it, so that the
 * ids React derives from the tree's shape (`useId`) are the same on both sides. `strict` for a
 * development build (the browser's bundle then wraps its tree the same way).
 */
export function PageRoot({ app, locale, data, strict = false }: { app: PageApp; locale: Locale; data: PageData; strict?: boolean }) {
  const chart = (
    <ChartSlot>
      <RefugeeChart refugees={data.refugees} locale={locale} />
    </ChartSlot>
  );
  return <PageTree App={app} Provider={PROVIDERS[locale]} data={data} chart={chart} strict={strict} />;
}

/**
 * A whole page of an edition around {@link PageRoot}'s markup (`appHtml`), rendered once at build
 * time (scripts/pages/page-builder.ts): the head (MapLibre's warm-up, metadata, stylesheet, client module;
 * React adds MapLibre's modulepreload and orders the head itself), the page's spec and first script,
 * the page's markup, the early map's script that draws the map, and the props React hydrates with.
 */
export function PageDocument({
  kind,
  locale,
  start = 'at-once',
  data,
  assets,
  appHtml,
}: {
  kind: PageKind;
  locale: Locale;
  /** When the page starts its scripts (lib/page/pages.ts): after its first paint, its head asks for none of them. */
  start?: PageStartMode;
  data: PageData;
  assets: PageAssets;
  appHtml: string;
}) {
  const atOnce = start === 'at-once';
  const m = MESSAGES[locale];
  const alternates = editionLinks(kind, locale);
  return (
    <html lang={locale}>
      {/* eslint-disable-next-line @next/next/no-head-element -- rendered by react-dom/server at build time, not by Next */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Before the client module: MapLibre's worker starts first (deferred modules run in order). */}
        {atOnce ? <MapWarmUp /> : <WideStartHints client={assets.script} />}
        <link rel="stylesheet" href={assets.stylesheet} />
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it never blocks parsing */}
        {atOnce && <script type="module" src={assets.script} />}
        <meta name="theme-color" content={THEME_COLOR} />
        <title>{kind === 'embed' ? m.page.embedTitle : m.page.title}</title>
        <meta name="description" content={m.page.description} />
        {/* An embed is read inside articles; the full map is the page search engines should find. */}
        {kind === 'embed' && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={alternates.canonical} />
        {Object.entries(alternates.languages).map(([language, href]) => (
          <link key={language} rel="alternate" hrefLang={language} href={href} />
        ))}
        <link rel="alternate" type="application/json+oembed" href={alternates.oembed.url} title={alternates.oembed.title} />
        {data.pictures && <ShareCard card={data.pictures.card} alt={data.pictures.alt} url={alternates.canonical} title={kind === 'embed' ? m.page.embedTitle : m.page.title} description={m.page.description} locale={locale} />}
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </head>
      <body>
        <PagePrepaint kind={kind} days={data.days} locale={locale} start={start} client={assets.script} />
        <div id={PAGE_ROOT_ID} dangerouslySetInnerHTML={{ __html: appHtml }} />
        <MapBoot start={start} />
        <script type="application/json" id={PAGE_DATA_ID} dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />
      </body>
    </html>
  );
}
