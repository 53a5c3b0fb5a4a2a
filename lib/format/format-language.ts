import { INTL_LOCALE, type Locale } from '../i18n/locale';

const names = new Map<Locale, Intl.DisplayNames>();

/** Where Ukrainian calls a language otherwise than Intl does (Intl: «нігерійсько-креольська»). */
const UK_OVERRIDES: Record<string, string> = { pcm: 'нігерійським піджином' };

/**
 * "In Polish" for a page in another language than the edition's, from Intl's language names: «польською»
 * in Ukrainian (the instrumental of Intl's adjective, «польська» → «польською»). Null when the page is in
 * the edition's own language, or Intl does not know the language.
 *
 * @example languageNote('pl', 'en') // => 'in Polish'
 * @example languageNote('pl', 'uk') // => 'польською'
 */
export function languageNote(language: string, locale: Locale): string | null {
  if (language === locale) return null;
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language', fallback: 'none' })));
  const name = display.of(language);
  if (!name) return null;
  if (locale === 'en') return `in ${name}`;
  if (UK_OVERRIDES[language]) return UK_OVERRIDES[language];
  // Ukrainian language names are adjectives in -ська, -цька, -зька (and compounds): «польська» → «польською».
  return /а$/.test(name) ? name.replace(/а$/, 'ою') : `мова: ${name}`;
}
