import type { FeatureLocalizer } from '../../i18n/feature-translations';

/** The talks' rounds in words, as Ukrainian prose writes ordinals. */
const ORDINAL: Record<number, string> = { 1: 'перший', 2: 'другий', 3: 'третій' };

/** The neighbours' names as the talks' measurements give them (Natural Earth). */
const COUNTRY: Record<string, string> = { Poland: 'Польща', Ukraine: 'Україна', Belarus: 'Білорусь', Lithuania: 'Литва', Russia: 'Росія' };

/** The talks in another language: the nearest border's country, and the uncertainty area's own sentences. */
export const localizeTalksFeature: FeatureLocalizer = (p, words) => {
  if (p.kind === 'talks-venue' && p.nearestBorder) {
    const border = p.nearestBorder as { country: string };
    return { ...p, nearestBorder: { ...border, country: COUNTRY[border.country] ?? border.country } };
  }
  if (p.kind !== 'talks-area') return p;
  const venue = words.feature(String(p.venueId));
  return {
    ...p,
    name: `Де міг відбутися ${ORDINAL[Number(p.round)] ?? `${String(p.round)}-й`} раунд`,
    ...(venue?.quoteNote && p.quoteNote ? { quoteNote: venue.quoteNote } : {}),
    summary: `Точного місця не називали. Заштрихована зона\u00a0— до ${String(p.radiusKm)}\u00a0км навколо приблизної точки в межах Білорусі\u00a0— показує, наскільки неточне це розташування; це не межа, про яку повідомляли.`,
  };
};
