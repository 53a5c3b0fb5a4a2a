import { INTL_LOCALE, type Locale } from '../i18n/locale';

type DateStyle = 'full' | 'dayMonth' | 'dayShortMonth';

/**
 * Where a full date stands: in running text ("оприлюднені 3 березня 2022 року") or in a compact
 * position, a table cell, a dateline, a report's stamp, a source's date ("3 березня 2022 р.").
 * English prints both alike.
 */
export type DatePlace = 'text' | 'compact';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'long', timeZone: 'UTC' },
  dayShortMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

/** What follows the year of a full Ukrainian date, by where it stands (house style). */
const UK_YEAR_WORD: Record<DatePlace, string> = { text: 'року', compact: 'р.' };

const NBSP = '\u00a0';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date from Intl's parts, its day and month held together by a no-break space (and, in Ukrainian,
 * the year and its «року»/«р.»): a date never breaks across lines. Intl's own «р.» is replaced by
 * the house style's word for the place.
 */
function format(date: Date, style: DateStyle, locale: Locale, place: DatePlace): string {
  const key = `${locale}:${style}`;
  let formatter = formats.get(key);
  if (!formatter) formats.set(key, (formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], OPTIONS[style])));
  const parts = formatter.formatToParts(date).filter((part) => !(part.type === 'literal' && part.value.includes('р.')));
  const text = parts
    .map((part, i) => (part.type === 'literal' && parts[i - 1]?.type === 'day' ? part.value.replace(' ', NBSP) : part.value))
    .join('')
    .trim();
  return locale === 'uk' && style === 'full' ? `${text}${NBSP}${UK_YEAR_WORD[place]}` : text;
}

/** The date of an ISO day (YYYY-MM-DD), or null when it is not one. */
function isoDay(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formats an ISO date (YYYY-MM-DD) the way the edition's newsrooms write it: "3 March 2022";
 * «3 березня 2022 року» in Ukrainian running text, «3 березня 2022 р.» in a compact place. Returns
 * the input unchanged when it is not an ISO date, so bad data shows rather than crashes.
 */
export function formatDate(iso: string, locale: Locale = 'en', place: DatePlace = 'text'): string {
  const date = isoDay(iso);
  return date ? format(date, 'full', locale, place) : iso;
}

/**
 * An ISO date without its year, where the year is plain from the context: "3 March" («3 березня»),
 * or "3 Mar" («3 бер.») with `short` (chart axes). Returns the input unchanged when it is not an ISO date.
 */
export function formatDayMonth(iso: string, { short = false, locale = 'en' }: { short?: boolean; locale?: Locale } = {}): string {
  const date = isoDay(iso);
  return date ? format(date, short ? 'dayShortMonth' : 'dayMonth', locale, 'text') : iso;
}
