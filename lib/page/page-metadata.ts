import { PALETTE } from '../config';
import { LOCALES, pagePath, type Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import { OEMBED_FILE_PATH, siteUrl } from '../http/site-url';
import type { PageKind } from './page-start';

/** Where an edition's oEmbed answer for its canonical URL is published as a file: `/oembed.json`, `/uk/oembed.json`. */
export function oembedFilePath(locale: Locale): string {
  return locale === 'en' ? OEMBED_FILE_PATH : `/${locale}${OEMBED_FILE_PATH}`;
}

/** A page's links to itself in each edition: canonical, hreflang (English as x-default) and oEmbed discovery. */
interface EditionLinks {
  canonical: string;
  /** By hreflang, with `x-default`. */
  languages: Record<string, string>;
  oembed: { url: string; title: string };
}

/**
 * A map page's links: the same page in the other language (hreflang, both ways, with English as
 * x-default) and the oEmbed discovery link, the answer for the edition's canonical URL as a file
 * (app/oembed.json/route.ts, app/(uk)/uk/oembed.json/route.ts). The pages are built once, so the link
 * cannot carry a reader's query; /api/oembed still answers for any URL of the map, with maxwidth
 * and maxheight, on the Node server.
 */
export function editionLinks(kind: PageKind, locale: Locale): EditionLinks {
  const origin = siteUrl();
  const languages = Object.fromEntries(LOCALES.map((l) => [l, `${origin}${pagePath(kind, l)}`]));
  return {
    canonical: `${origin}${pagePath(kind, locale)}`,
    languages: { ...languages, 'x-default': `${origin}${pagePath(kind, 'en')}` },
    oembed: { url: `${origin}${oembedFilePath(locale)}`, title: MESSAGES[locale].page.embedTitle },
  };
}

/** The browser's colour for the page's surroundings (the sea of the light map). */
export const THEME_COLOR = PALETTE.sea;
