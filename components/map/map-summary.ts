import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { LAYER_BY_ID, type ToggleableLayerId } from '@/lib/layers/registry';

/** Zoom the legend assumes until the map reports its own. */
export const DEFAULT_LEGEND_ZOOM = 4.6;

/** What the map shows, in one sentence for screen readers, in the edition's language (`m`: its catalogue). */
export function mapSummary(enabled: readonly ToggleableLayerId[], locale: Locale, m: Pick<Messages, 'summary'>): string {
  // Lower case in the sentence, apart from a layer named after a place (Kyiv).
  const shown = enabled.map((id) => {
    const { title, properName } = LAYER_BY_ID[id];
    return properName ? title[locale] : title[locale].toLowerCase();
  });
  return m.summary(shown.join(', '));
}
