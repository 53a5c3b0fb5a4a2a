import { formatDate } from '../../format/format-date';
import { formatCount, formatShare } from '../../format/format-number';
import type { FeatureLocalizer, FeatureProperties, FeatureWords } from '../../i18n/feature-translations';
import { ukPlural } from '../../i18n/plural';
import { withCountry } from '../../i18n/uk-cases';

/** One day's arrow: its country's words (by flow id, the same every day), its figures in a sentence, its caveat. */
function localizeFlow(p: FeatureProperties, words: FeatureWords): FeatureProperties {
  const flowId = String(p.flowId);
  const flow = words.feature(flowId);
  const country = flow?.country ?? String(p.country);
  const figure = words.translations.refugees.countryFigures[`${String(p.updateId)}/${flowId}`];
  const caveat = [flow?.note, figure?.revision].filter(Boolean).join(' ') || null;
  const arrivals = p.arrivalsTo ? `, прибуття враховано до кінця ${formatDate(String(p.arrivalsTo), 'uk')}` : '';
  const total = Math.round(Number(p.count) / Number(p.share));
  // Its name is "into" the country («До Польщі»): Ukrainian declines the country's name.
  const into = flow?.name ?? country;
  return {
    ...p,
    name: into,
    country,
    caveat,
    summary: `${formatCount(Number(p.count), 'uk')} ${ukPlural(Number(p.count), { one: 'людина виїхала', few: 'людини виїхали', many: 'людей виїхали' })} з України ${flow?.name ? into.replace(/^До /, 'до ') : `до: ${country}`} (${formatShare(Number(p.share), 'uk')} від ${formatCount(total, 'uk')}); дані УВКБ ООН, оприлюднені ${formatDate(String(p.snapshotDate), 'uk')}${arrivals}.`,
  };
}

/** The refugee arrows and crossings in another language: the sentences the builder writes from UNHCR's figures. */
export const localizeRefugeesFeature: FeatureLocalizer = (p, words) => {
  if (p.kind === 'refugee-flow') return localizeFlow(p, words);
  if (p.kind === 'border-crossing') {
    return { ...p, summary: `Пункт пропуску на кордоні ${withCountry(String(p.country))}; один із головних шляхів виїзду першого тижня. Розташування приблизне.` };
  }
  return p;
};
