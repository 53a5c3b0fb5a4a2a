'use client';

import dynamic from 'next/dynamic';
import { useCallback, useRef, useState } from 'react';
import type { EmbedOptions } from '@/lib/embed/embed-options';
import { embedUrls } from '@/lib/embed/embed-snippet';
import { formatCount } from '@/lib/format/format-number';
import { formatDate } from '@/lib/format/format-date';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import type { MapView } from '@/lib/url/map-url-state';
import { CreditLine } from '../map/CreditLine';
import type { Selection } from '../map/feature-lookup';
import { LayerPanel } from '../map/LayerPanel';
import { Legend } from '../map/Legend';
import { DEFAULT_LEGEND_ZOOM } from '../map/MapApp';
import { MapErrorBoundary } from '../map/MapErrorBoundary';
import { MapStatus } from '../map/MapStatus';
import { useColorScheme } from '../map/use-color-scheme';
import { useMapLayers } from '../map/use-map-layers';
import { usePostHeight } from './use-post-height';

const MapCanvas = dynamic(() => import('../map/MapCanvas'), { ssr: false });

interface EmbedAppProps {
  options: EmbedOptions;
  refugees: RefugeeSummary;
}

/** The map for an article's iframe: no app chrome, compact toggles, legend, credits and a link out. */
export function EmbedApp({ options, refugees }: EmbedAppProps) {
  const root = useRef<HTMLDivElement>(null);
  const [enabled, setEnabled] = useState<ToggleableLayerId[]>(options.layers);
  const [view, setView] = useState<MapView | null>(options.view);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [ready, setReady] = useState(false);
  const [mapError, setMapError] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  const scheme = useColorScheme(options.theme);
  const { layers, visible, collections, failed } = useMapLayers(enabled);
  usePostHeight(root);

  const toggle = useCallback((id: ToggleableLayerId, value: boolean) => {
    setEnabled((current) => (value ? [...new Set([...current, id])] : current.filter((l) => l !== id)));
    setSelection((current) => (current?.layerId === id && !value ? null : current));
  }, []);

  // Relative, so the link works on whatever host serves the embed; it opens outside the iframe.
  const fullMap = embedUrls('', { ...options, layers: enabled, view }).full;
  return (
    <div ref={root} className={`embed scheme-${scheme} theme-${options.theme}`}>
      {options.title && (
        <header className="embed__header">
          <h1 className="embed__title">Ukraine, 3 March 2022: talks in Belarus, ports seized, a million flee</h1>
          <p className="embed__total" data-testid="refugee-total">
            <strong>{formatCount(refugees.total)}</strong> refugees by {formatDate(refugees.asOf)} (UNHCR)
          </p>
        </header>
      )}
      <LayerPanel enabled={enabled} layers={layers} onToggle={toggle} compact />
      <div
        className="embed__map"
        role="region"
        aria-label="Map of Ukraine and its neighbours on 3 March 2022"
        data-map-ready={ready ? 'true' : 'false'}
      >
        <MapErrorBoundary
          fallback={(message) => (
            <div className="map-status map-status--error" role="alert">
              {message} The layer panel and key above describe what the map shows.
            </div>
          )}
        >
        <MapCanvas
          collections={collections}
          visible={visible}
          initialView={options.view}
          initialBounds={options.bbox}
          scheme={scheme}
          cooperativeGestures
          showControls={options.controls}
          selection={selection}
          onSelect={setSelection}
          onViewChange={setView}
          onReadyChange={setReady}
          onMapError={setMapError}
          onContextLost={setContextLost}
        />
        </MapErrorBoundary>
        <MapStatus
          ready={ready}
          basemapError={layers.basemap.error}
          mapError={mapError}
          failed={failed}
          contextLost={contextLost}
          onRetryBasemap={() => {
            setMapError(null);
            layers.basemap.retry();
          }}
          onRetryLayers={() => failed.forEach((id) => layers[id].retry())}
        />
      </div>
      {options.legend && (
        <details className="embed__legend" open>
          <summary>Key</summary>
          <Legend enabled={enabled} zoom={view?.zoom ?? DEFAULT_LEGEND_ZOOM} refugees={refugees} />
        </details>
      )}
      <footer className="embed__footer">
        <CreditLine refugeesAsOf={refugees.asOf} />
        <a className="embed__open" href={fullMap} target="_blank" rel="noopener">
          Open full map ↗
        </a>
      </footer>
    </div>
  );
}
