import type { FeatureLocalizer } from '../../i18n/feature-translations';
import { countryName } from '../../i18n/country-names';

/** The region's countries in another language: their names as the language writes them, and a line about their borders. */
export const localizeBasemapFeature: FeatureLocalizer = (p, words) => {
  if (p.kind !== 'country') return p;
  const name = countryName(String(p.iso), words.locale) ?? p.name;
  // Ukraine and Russia have their own words (geodata/translations/), which say why Crimea is drawn as it is.
  return { ...p, name, ...(words.feature(p.id)?.summary ? {} : { summary: `${String(name)}: кордони Natural Earth, масштаб 1:50\u00a0млн.` }) };
};
