import { formatCount } from '@/lib/format/format-number';
import { flowWidthKm } from '@/lib/geo/flow-width';
import type { RefugeeSummary } from '@/lib/refugees/refugee-summary';
import { LAYERS_IN_STORY_ORDER, isToggleableLayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { metersPerPixel } from '@/lib/map/meters-per-pixel';
import { useI18n } from '../i18n/I18nProvider';
import { LayerSymbolMark } from './LayerSymbolMark';

/** Latitude at which the legend measures arrow widths: the middle of the flows. */
const LEGEND_LATITUDE = 49;
/** Counts the arrow-width key shows. */
const KEY_COUNTS = [500_000, 100_000, 25_000] as const;

interface LegendProps {
  enabled: readonly ToggleableLayerId[];
  zoom: number;
  refugees: RefugeeSummary;
}

/** The key: each layer module's entries, in the story's order, and arrow widths with real numbers at the current zoom. */
// Entries of toggleable layers carry data-legend-layer: before the first paint, the page hides
// those the address switches off (lib/page/prepaint.ts), as React then does.
export function Legend({ enabled, zoom, refugees }: LegendProps) {
  const { locale, m } = useI18n();
  const mpp = metersPerPixel(LEGEND_LATITUDE, zoom);
  return (
    <section className="legend" aria-label={m.legend.label}>
      <h2 className="legend__title">{m.legend.heading}</h2>
      <ul className="legend__list">
        {LAYERS_IN_STORY_ORDER.filter((layer) => !isToggleableLayerId(layer.id) || enabled.includes(layer.id)).flatMap((layer) =>
          layer.legend.map((entry) => (
            <li key={entry.text.en} data-legend-layer={isToggleableLayerId(layer.id) ? layer.id : undefined}>
              <LayerSymbolMark symbol={entry.symbol} className="legend__symbol" /> {entry.text[locale]}
            </li>
          )),
        )}
      </ul>
      {enabled.includes('refugees') && (
        <div className="legend__flows" data-legend-layer="refugees">
          <h3>{m.legend.flows}</h3>
          <ul>
            {KEY_COUNTS.map((count) => {
              const width = flowWidthKm(count, refugees.scale);
              const px = Math.max(1, (width.widthKm * 1000) / mpp);
              return (
                <li key={count}>
                  <span className="legend__bar" style={{ height: `${Math.min(px, 48).toFixed(1)}px` }} aria-hidden="true" />
                  {formatCount(count, locale)}
                  {width.clamped ? m.legend.minimum : ''}
                </li>
              );
            })}
          </ul>
          <p className="legend__note">{m.legend.flowsNote}</p>
        </div>
      )}
    </section>
  );
}
