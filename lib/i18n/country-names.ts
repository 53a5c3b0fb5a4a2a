import { INTL_LOCALE, type Locale } from './locale';

/**
 * The ISO 3166 alpha-2 code of each country of the basemap (Natural Earth's ISO numeric code, as
 * geodata/countries.json keeps it), so that Intl can name it in any edition's language. Kosovo has no
 * ISO code; XK is the code in common use, and Intl knows it.
 */
const ALPHA2: Record<string, string> = {
  '248': 'AX', '008': 'AL', '012': 'DZ', '051': 'AM', '040': 'AT', '031': 'AZ', '112': 'BY', '056': 'BE', '070': 'BA',
  '100': 'BG', '191': 'HR', '203': 'CZ', '208': 'DK', '233': 'EE', '246': 'FI', '250': 'FR', '268': 'GE', '276': 'DE',
  '300': 'GR', '348': 'HU', '364': 'IR', '368': 'IQ', '380': 'IT', '398': 'KZ', Kosovo: 'XK', '428': 'LV', '438': 'LI',
  '440': 'LT', '442': 'LU', '807': 'MK', '470': 'MT', '498': 'MD', '492': 'MC', '499': 'ME', '528': 'NL', '578': 'NO',
  '616': 'PL', '642': 'RO', '643': 'RU', '674': 'SM', '688': 'RS', '703': 'SK', '705': 'SI', '724': 'ES', '752': 'SE',
  '756': 'CH', '760': 'SY', '788': 'TN', '792': 'TR', '795': 'TM', '804': 'UA', '860': 'UZ', '336': 'VA',
};

const names = new Map<Locale, Intl.DisplayNames>();

/** Where a Ukrainian desk writes a name otherwise than Intl (the generic word in lower case). */
const UK_OVERRIDES: Record<string, string> = { AX: 'Аландські острови' };

/**
 * A basemap country's name in an edition's language, from Intl («Польща» for 616); null for a code
 * the table lacks, so that the caller keeps Natural Earth's English name rather than print a code.
 *
 * @example countryName('616', 'uk') // => 'Польща'
 */
export function countryName(iso: string, locale: Locale): string | null {
  const alpha2 = ALPHA2[iso];
  if (!alpha2) return null;
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'none' })));
  return (locale === 'uk' ? UK_OVERRIDES[alpha2] : undefined) ?? display.of(alpha2) ?? null;
}
