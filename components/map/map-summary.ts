import { LAYER_INFO, type ToggleableLayerId } from '@/lib/layers/registry';

/** Zoom the legend assumes until the map reports its own. */
export const DEFAULT_LEGEND_ZOOM = 4.6;

/** What the map shows, in one sentence for screen readers. */
export function mapSummary(enabled: readonly ToggleableLayerId[]): string {
  // Lower case in the sentence, apart from names (Kyiv).
  const shown = enabled.map((id) => LAYER_INFO[id].title).map((title) => (title === 'Kyiv' ? title : title.toLowerCase()));
  return `Map of Ukraine and its neighbours on 3 March 2022${shown.length ? `, showing ${shown.join(', ')}` : ''}. The same places and figures are in “The map in words”.`;
}
