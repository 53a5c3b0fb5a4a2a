import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MapApp } from '@/components/map/MapApp';
import { RefugeeChart } from '@/components/map/RefugeeChart';
import { MapBoot, MapWarmUp, PagePrepaint } from '@/components/page/PageScripts';
import type { Locale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { editionPageData } from '@/lib/page/edition-page-data';
import { pageAlternates } from '@/lib/page/page-metadata';

// The full map of each edition, built once at build time from geodata/: every address shares
// the HTML, and its options (layers, view, date, step) are applied in the browser (lib/page/). The
// route files (app/(en)/, app/(uk)/uk/) name the page and its language, and wrap it in their
// edition's provider themselves: a page's JavaScript then holds its own catalogue and not the other's.

/** The full map's metadata in an edition. */
export function mapPageMetadata(locale: Locale): Metadata {
  return { title: MESSAGES[locale].page.title, description: MESSAGES[locale].page.description, alternates: pageAlternates('map', locale) };
}

/**
 * The full map in an edition's language. The layers, the view, the day and the tour step come
 * from the URL, so a link reopens the same map; every query parameter is optional, and invalid
 * values fall back to defaults. The map for iframes is not an App Router page: see
 * components/embed/EmbedDocument.tsx.
 */
export async function EditionPage({ locale }: { locale: Locale }) {
  const { days, refugees, words } = await editionPageData(locale);
  return (
    <>
      <PagePrepaint kind="map" days={days} locale={locale} />
      <MapApp days={days} refugees={refugees} words={words} chart={<RefugeeChart refugees={refugees} locale={locale} />} />
      <MapBoot />
    </>
  );
}

/** The document of an edition: `<html lang>` is the edition's language (each route group has its own root layout). */
export function EditionDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    // The first inline script of each map page sets data-scheme on this element before the first paint.
    <html lang={locale} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- an App Router root layout may hold <head>; the rule is for the Pages Router */}
      <head>
        <MapWarmUp />
      </head>
      <body>{children}</body>
    </html>
  );
}
