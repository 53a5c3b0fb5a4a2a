import { formatCount } from '@/lib/format/format-number';
import { flowWidthKm, type FlowWidthScale } from '@/lib/geo/flow-width';
import { LAYERS_IN_STORY_ORDER, isToggleableLayerId, type ToggleableLayerId } from '@/lib/layers/registry';
import { metersPerPixel } from '@/lib/map/meters-per-pixel';
import { useI18n } from '../i18n/I18nProvider';
import { LayerSymbolMark } from './LayerSymbolMark';

interface LegendProps {
  enabled: readonly ToggleableLayerId[];
  zoom: number;
  /** The scale of the proportional widths (the refugee arrows'), the same on every day. */
  widthScale: FlowWidthScale;
}

/** The key: each layer module's entries, in the story's order, and a layer's widths with real numbers at the current zoom (its `widthKey`). */
// Entries of toggleable layers carry data-legend-layer: before the first paint, the page hides
// those the address switches off (lib/page/prepaint.ts), as React then does.
export function Legend({ enabled, zoom, widthScale }: LegendProps) {
  const { locale, m } = useI18n();
  const shown = LAYERS_IN_STORY_ORDER.filter((layer) => !isToggleableLayerId(layer.id) || enabled.includes(layer.id));
  return (
    <section className="legend" aria-label={m.legend.label}>
      <h2 className="legend__title">{m.legend.heading}</h2>
      <ul className="legend__list">
        {shown.flatMap((layer) =>
          layer.legend.map((entry) => (
            <li key={entry.text.en} data-legend-layer={isToggleableLayerId(layer.id) ? layer.id : undefined}>
              <LayerSymbolMark symbol={entry.symbol} className="legend__symbol" /> {entry.text[locale]}
            </li>
          )),
        )}
      </ul>
      {shown.map(({ id, widthKey }) => {
        if (!widthKey) return null;
        const mpp = metersPerPixel(widthKey.latitude, zoom);
        return (
          <div key={id} className="legend__flows" data-legend-layer={id}>
            <h3>{widthKey.title[locale]}</h3>
            <ul>
              {widthKey.counts.map((count) => {
                const width = flowWidthKm(count, widthScale);
                const px = Math.max(1, (width.widthKm * 1000) / mpp);
                return (
                  <li key={count}>
                    <span className="legend__bar" style={{ height: `${Math.min(px, 48).toFixed(1)}px` }} aria-hidden="true" />
                    {formatCount(count, locale)}
                    {width.clamped ? widthKey.minimum[locale] : ''}
                  </li>
                );
              })}
            </ul>
            <p className="legend__note">{widthKey.note[locale]}</p>
          </div>
        );
      })}
    </section>
  );
}
