/** The editions' languages: English (the default, at / and /embed) and Ukrainian (at /uk and /uk/embed). */
export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag each edition formats numbers and dates with (Intl). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', uk: 'uk' };

/** True for a string that names an edition's language. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A page's path in an edition: `/` and `/embed` in English, `/uk` and `/uk/embed` in Ukrainian. */
export function pagePath(kind: 'map' | 'embed', locale: Locale): string {
  const prefix = locale === 'en' ? '' : `/${locale}`;
  return kind === 'map' ? prefix || '/' : `${prefix}/embed`;
}

/** The edition of a page path: `/uk…` is Ukrainian, anything else English. */
export function localeOfPath(path: string): Locale {
  return /^\/uk(\/|$)/.test(path) ? 'uk' : 'en';
}
