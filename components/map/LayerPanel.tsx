'use client';

import { LAYER_BY_ID, LAYER_INFO, TOGGLEABLE_LAYER_IDS, type ToggleableLayerId } from '@/lib/layers/registry';
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
  return (
    <fieldset className={`layer-panel${compact ? ' layer-panel--compact' : ''}`}>
      <legend className="layer-panel__title">Layers</legend>
      {TOGGLEABLE_LAYER_IDS.map((id) => {
        const info = LAYER_INFO[id];
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
              {on && layer.isLoading && <span className="layer-toggle__loading">loading…</span>}
            </label>
            <p id={`layer-desc-${id}`} className={compact ? 'visually-hidden' : 'layer-toggle__desc'}>
              {info.description}
            </p>
            {on && layer.error && (
              <p className="layer-toggle__error" role="alert">
                {info.title} could not be loaded ({layer.error.message}).{' '}
                <button type="button" onClick={layer.retry}>
                  Retry
                </button>
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
