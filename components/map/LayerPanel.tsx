import { LAYER_BY_ID, LAYER_INFO, TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { useI18n } from '../i18n/I18nProvider';
import { layerErrorText } from './layer-error-text';
import { LayerSymbolMark } from './LayerSymbolMark';
import type { LayerData } from './use-layer-data';

interface LayerPanelProps {
  enabled: readonly ToggleableLayerId[];
  layers: Record<ToggleableLayerId, LayerData>;
  onToggle: (id: ToggleableLayerId, on: boolean) => void;
  /**
   * Compact: one row of chips without descriptions (embeds), scrolling sideways where it is too narrow; the
   * descriptions become tooltips. No state changes a chip's size: loading and failure are its colour and
   * words for screen readers, and the map's own notice offers the retry (components/map/MapStatus.tsx).
   */
  compact?: boolean;
}

/** The layer switches, each with its description and its own loading or error state. */
export function LayerPanel({ enabled, layers, onToggle, compact = false }: LayerPanelProps) {
  const { locale, m } = useI18n();
  return (
    <fieldset className={`layer-panel${compact ? ' layer-panel--compact' : ''}`}>
      <legend className="layer-panel__title">{m.layers.heading}</legend>
      {TOGGLEABLE_LAYER_IDS.map((id) => {
        const info = { title: LAYER_INFO[id].title[locale], description: LAYER_INFO[id].description[locale] };
        const { swatch } = LAYER_BY_ID[id];
        const layer = layers[id];
        const on = enabled.includes(id);
        return (
          <div key={id} className={`layer-toggle layer-toggle--${id}${on && layer.isLoading ? ' layer-toggle--loading' : ''}${on && layer.error ? ' layer-toggle--failed' : ''}`}>
            <label className="layer-toggle__label" title={compact ? info.description : undefined}>
              <input
                type="checkbox"
                name="layers"
                value={id}
                checked={on}
                onChange={(event) => onToggle(id, event.target.checked)}
                // A chip that the row has scrolled out of sight comes wholly into it when a keyboard reaches it
                // (the browser's own scroll on focus leaves a half-hidden chip where it is).
                onFocus={compact ? (event) => event.currentTarget.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' }) : undefined}
                aria-describedby={`layer-desc-${id}`}
              />
              {swatch && <LayerSymbolMark symbol={swatch} className="layer-toggle__swatch" />}
              <span className="layer-toggle__name">{info.title}</span>
              {on && layer.isLoading && <span className={compact ? 'visually-hidden' : 'layer-toggle__loading'}>{m.layers.loading}</span>}
            </label>
            <p id={`layer-desc-${id}`} className={compact ? 'visually-hidden' : 'layer-toggle__desc'}>
              {info.description}
            </p>
            {on && layer.error && (
              <p className={compact ? 'visually-hidden' : 'layer-toggle__error'} role={compact ? undefined : 'alert'}>
                {m.layers.failed(info.title, layerErrorText(layer.error, m))}{' '}
                {!compact && (
                  <button type="button" onClick={layer.retry}>
                    {m.layers.retry}
                  </button>
                )}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
