import { INTL_LOCALE, type Locale } from '../i18n/locale';

const integers: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALE.en, { maximumFractionDigits: 0 }),
  uk: new Intl.NumberFormat(INTL_LOCALE.uk, { maximumFractionDigits: 0 }),
};
const oneDecimal: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALE.en, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  uk: new Intl.NumberFormat(INTL_LOCALE.uk, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A count with the language's grouping: 1002860 → "1,002,860"; in Ukrainian "1 002 860" (no-break spaces). */
export function formatCount(value: number, locale: Locale = 'en'): string {
  return integers[locale].format(value);
}

const NBSP = '\u00a0';

/** A share too small to show with one decimal, in each language. */
const UNDER_A_TENTH: Record<Locale, string> = { en: 'less than 0.1%', uk: `менше ніж 0,1${NBSP}%` };

/**
 * A share (0–1) as a percentage with one decimal: 0.504 → "50.4%"; in Ukrainian «50,4 %» (a no-break
 * space, as Ukrainian typography sets it). A share that would round to zero says so: "less than 0.1%",
 * never "0.0%", which reads as nobody.
 */
export function formatShare(share: number, locale: Locale = 'en'): string {
  if (share > 0 && share < 0.0005) return UNDER_A_TENTH[locale];
  const value = oneDecimal[locale].format(share * 100);
  return locale === 'en' ? `${value}%` : `${value}${NBSP}%`;
}

/** Kilometres per statute mile. */
const KM_PER_MILE = 1.609344;

/** The kilometre sign of each language. */
const KM: Record<Locale, string> = { en: 'km', uk: 'км' };

/**
 * A distance, rounded to whole units from 10 up: "87 km (54 mi)" in English, whose readers may
 * think in miles; "87 км" in Ukrainian, whose readers do not.
 */
export function formatDistance(km: number, locale: Locale = 'en'): string {
  const round = (v: number) => (v < 10 ? oneDecimal[locale].format(v) : integers[locale].format(Math.round(v)));
  return locale === 'en' ? `${round(km)}${NBSP}km (${round(km / KM_PER_MILE)}${NBSP}mi)` : `${round(km)}${NBSP}${KM[locale]}`;
}

/**
 * A range of distances, for a place whose exact site was not published: "87–90 km (54–56 mi)",
 * "87–90 км"; "up to 34 km (21 mi)", "до 34 км" when the range starts at the border; one figure
 * when both ends round alike.
 */
export function formatDistanceRange(minKm: number, maxKm: number, locale: Locale = 'en'): string {
  const whole = (v: number) => integers[locale].format(Math.round(v));
  if (Math.round(minKm) === Math.round(maxKm)) return formatDistance(maxKm, locale);
  if (locale === 'uk') return minKm < 1 ? `до ${whole(maxKm)}${NBSP}км` : `${whole(minKm)}–${whole(maxKm)}${NBSP}км`;
  if (minKm < 1) return `up to ${whole(maxKm)}${NBSP}km (${whole(maxKm / KM_PER_MILE)}${NBSP}mi)`;
  return `${whole(minKm)}–${whole(maxKm)}${NBSP}km (${whole(minKm / KM_PER_MILE)}–${whole(maxKm / KM_PER_MILE)}${NBSP}mi)`;
}

/** The sources' qualifiers of a rounded figure (geodata/refugees.json), in each language. */
const QUALIFIERS: Record<Locale, Record<string, string>> = {
  en: {},
  uk: { 'more than': 'понад', 'at least': 'щонайменше', almost: 'майже', about: 'близько', some: 'близько' },
};

/** A published total with the source's own qualifier: "more than 50,000", "понад 50 000"; an exact count as it is. */
export function formatQualifiedCount(total: number, qualifier: string | null, locale: Locale = 'en'): string {
  return qualifier ? `${QUALIFIERS[locale][qualifier] ?? qualifier} ${formatCount(total, locale)}` : formatCount(total, locale);
}

const compact: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALE.en, { notation: 'compact', maximumSignificantDigits: 3 }),
  uk: new Intl.NumberFormat(INTL_LOCALE.uk, { notation: 'compact', maximumSignificantDigits: 3 }),
};

/** A count in a few characters, for chart labels: 1038583 → "1.04m" ("1,04 млн"), 874026 → "874k" ("874 тис."). */
export function formatCompactCount(value: number, locale: Locale = 'en'): string {
  return compact[locale].format(value);
}
