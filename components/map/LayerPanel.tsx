import { LAYER_BY_ID, LAYER_INFO, TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
import { useI18n } from '../i18n/I18nProvider';
import { layerErrorText } from './layer-error-text';
import { LayerSymbolMark } from './LayerSymbolMark';
import type { LayerData } from './use-layer-data';

interface LayerPanelProps {
  enabled: readonly ToggleableLayerId[];
  layers: Record<ToggleableLayerId, LayerData>;
  onToggle: (id: ToggleableLayerId, on: boolean) => void;
  /** Compact: one row of switches without descriptions (embeds); the descriptions become tooltips. */
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
          <div key={id} className={`layer-toggle layer-toggle--${id}`}>
            <label className="layer-toggle__label" title={compact ? info.description : undefined}>
              <input
                type="checkbox"
                name="layers"
                value={id}
                checked={on}
                onChange={(event) => onToggle(id, event.target.checked)}
                aria-describedby={`layer-desc-${id}`}
              />
              {swatch && <LayerSymbolMark symbol={swatch} className="layer-toggle__swatch" />}
              <span className="layer-toggle__name">{info.title}</span>
              {on && layer.isLoading && <span className="layer-toggle__loading">{m.layers.loading}</span>}
            </label>
            <p id={`layer-desc-${id}`} className={compact ? 'visually-hidden' : 'layer-toggle__desc'}>
              {info.description}
            </p>
            {on && layer.error && (
              <p className="layer-toggle__error" role="alert">
                {m.layers.failed(info.title, layerErrorText(layer.error, m))}{' '}
                <button type="button" onClick={layer.retry}>
                  {m.layers.retry}
                </button>
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
