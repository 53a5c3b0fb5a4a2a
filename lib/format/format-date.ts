import { INTL_LOCALE, type Locale } from '../i18n/locale';

type DateStyle = 'full' | 'dayMonth' | 'dayShortMonth';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'long', timeZone: 'UTC' },
  dayShortMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in a language's newsroom style, from Intl: "3 March 2022", "3 березня 2022". Ukrainian
 * Intl appends "р." (рік) to a full date; news sites print the date without it, so it is dropped.
 */
function format(date: Date, style: DateStyle, locale: Locale): string {
  const key = `${locale}:${style}`;
  let formatter = formats.get(key);
  if (!formatter) formats.set(key, (formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], OPTIONS[style])));
  return formatter
    .formatToParts(date)
    .filter((part) => !(part.type === 'literal' && part.value.includes('р.')))
    .map((part) => part.value)
    .join('')
    .trim();
}

/** The date of an ISO day (YYYY-MM-DD), or null when it is not one. */
function isoDay(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formats an ISO date (YYYY-MM-DD) the way the story's readers write it: "3 March 2022",
 * "3 березня 2022". Returns the input unchanged when it is not an ISO date, so bad data shows
 * rather than crashes.
 */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const date = isoDay(iso);
  return date ? format(date, 'full', locale) : iso;
}

/**
 * An ISO date without its year, where the year is plain from the context: "3 March" ("3 березня"),
 * or "3 Mar" ("3 бер.") with `short` (chart axes). Returns the input unchanged when it is not an ISO date.
 */
export function formatDayMonth(iso: string, { short = false, locale = 'en' }: { short?: boolean; locale?: Locale } = {}): string {
  const date = isoDay(iso);
  return date ? format(date, short ? 'dayShortMonth' : 'dayMonth', locale) : iso;
}
