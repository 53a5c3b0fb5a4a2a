import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, { Layer, NavigationControl, ScaleControl, Source, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import type { BBox, FeatureCollection, Position } from 'geojson';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { LAYER_IDS, isLayerId, type LayerId } from '@/lib/layers/registry';
import { baseStyle } from '@/lib/map/base-style';
import { initialCamera } from '@/lib/map/map-camera';
import { MAP_CONTAINER_ID, mapInteraction } from '@/lib/map/map-options';
import { MEASURE_SOURCE_ID, measureLayers } from '@/lib/map/measure-layers';
import { sourceFailure } from '@/lib/map/source-failure';
import { INTERACTIVE_LAYER_IDS } from '@/lib/map/style-layers';
import type { ColorScheme } from '@/lib/map/themes';
import type { MapView } from '@/lib/url/map-url-state';
import type { CameraRequest } from './camera-request';
import type { Selection } from './feature-lookup';
import { FeaturePopup } from './FeaturePopup';
import { LayerSources } from './LayerSources';
import { MapLabels } from './MapLabels';
import { useCameraRequest } from './use-camera-request';
import { sourceLoadError } from './use-layer-data';
import { useMapLibrary } from './use-map-library';
import { useMapLoad } from './use-map-load';
import { useMapReadiness } from './use-map-readiness';
import { useSchemeRepaint } from './use-scheme-repaint';
import { useSourceReload } from './use-source-reload';
import { useI18n } from '../i18n/I18nProvider';

export interface MapCanvasProps {
  /** Each layer's labels, once they have arrived; the map's worker reads the layers themselves. */
  labels: Partial<Record<LayerId, LabelCollection>>;
  visible: Record<LayerId, boolean>;
  /** Reloads of each layer's source asked for (retry): see useSourceReload. */
  reloads: Partial<Record<LayerId, number>>;
  /** A layer's source could not be loaded. */
  onSourceError: (id: LayerId, error: Error) => void;
  initialView: MapView | null;
  /** Bounds to fit when there is no initial view; the default framing when both are null. */
  initialBounds?: BBox | null;
  scheme: ColorScheme;
  /** Embeds: the page scrolls past the map; zooming needs Ctrl/⌘ + wheel or two fingers. */
  cooperativeGestures?: boolean;
  /** Zoom buttons and scale bar. */
  showControls?: boolean;
  selection: Selection | null;
  onSelect: (selection: Selection | null) => void;
  onViewChange: (view: MapView) => void;
  onReadyChange: (ready: boolean) => void;
  onMapError: (message: string) => void;
  /** The WebGL context was lost (true) or restored (false). */
  onContextLost?: (lost: boolean) => void;
  /** Moves the camera when its key changes (the tour, "show on the map"). */
  camera?: CameraRequest | null;
  /** The measure tool: while active, clicks add points instead of opening details. */
  measure?: { active: boolean; points: Position[]; add: (point: Position) => void; geojson: FeatureCollection };
  /** A short summary of what the map shows, for screen readers. */
  ariaLabel?: string;
  /** The day whose refugee figures the arrows and their labels show. */
  refugeeDate: string;
}

/** The MapLibre map: the layers' sources and style layers, labels, controls and the popup; each of its jobs is a hook or a component of its own. */
export default function MapCanvas(props: MapCanvasProps) {
  const { labels, visible, reloads, onSourceError, scheme, selection, onSelect, onViewChange, onMapError, measure, refugeeDate } = props;
  const { locale, m } = useI18n();
  const [loaded, setLoaded] = useState(false);
  const mapRef = useRef<MapRef>(null);
  useCameraRequest(mapRef, props.camera, loaded);
  useSourceReload(mapRef, reloads, loaded, locale);
  const patternScheme = useSchemeRepaint(mapRef, scheme);
  const mapLib = useMapLibrary();
  const checkReady = useMapReadiness({ mapRef, visible, labels, reloads, onReadyChange: props.onReadyChange });
  const handleLoad = useMapLoad({ setLoaded, onViewChange, onSourceError, onContextLost: props.onContextLost, patternScheme });
  // The style object stays the same after the first render (a new one would make react-map-gl call
  // setStyle); later scheme changes repaint the background (useSchemeRepaint).
  const [mapStyle] = useState(() => baseStyle(scheme));
  const interactiveLayerIds = useMemo(() => LAYER_IDS.filter((id) => visible[id]).flatMap((id) => INTERACTIVE_LAYER_IDS[id]), [visible]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (props.ariaLabel && map) map.getCanvas().setAttribute('aria-label', props.ariaLabel);
  }, [props.ariaLabel, loaded]);

  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      if (measure?.active) return measure.add([event.lngLat.lng, event.lngLat.lat]);
      const feature = event.features?.[0];
      const layerId = feature?.source;
      const featureId = feature?.properties?.id;
      if (!feature || !layerId || !isLayerId(layerId) || typeof featureId !== 'string') return onSelect(null);
      const anchor: Position = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [event.lngLat.lng, event.lngLat.lat];
      onSelect({ layerId, featureId, anchor });
    },
    [onSelect, measure],
  );

  return (
    <Map
      ref={mapRef}
      id={MAP_CONTAINER_ID}
      mapLib={mapLib}
      mapStyle={mapStyle}
      initialViewState={initialCamera(props.initialView, props.initialBounds)}
      {...mapInteraction(props.cooperativeGestures ?? false, locale)}
      interactiveLayerIds={interactiveLayerIds}
      onLoad={handleLoad}
      onIdle={checkReady}
      onClick={handleClick}
      onMoveEnd={(e) => onViewChange({ longitude: e.viewState.longitude, latitude: e.viewState.latitude, zoom: e.viewState.zoom })}
      onError={(e) => {
        // A layer's source that failed to load is that layer's problem, shown on its toggle.
        const failure = sourceFailure(e);
        if (failure && isLayerId(failure.sourceId)) onSourceError(failure.sourceId, sourceLoadError(failure));
        else onMapError(e.error?.message ?? m.status.mapFailed);
      }}
      cursor={measure?.active ? 'crosshair' : interactiveLayerIds.length ? undefined : 'grab'}
      style={{ position: 'absolute', inset: 0 }}
    >
      <LayerSources labels={labels} visible={visible} scheme={scheme} locale={locale} refugeeDate={refugeeDate} />
      {measure && measure.points.length > 0 && (
        <Source id={MEASURE_SOURCE_ID} type="geojson" data={measure.geojson}>
          {measureLayers(scheme).map((layer) => (
            <Layer key={layer.id} {...layer} />
          ))}
        </Source>
      )}
      {(props.showControls ?? true) && <NavigationControl position="top-right" showCompass={false} />}
      {(props.showControls ?? true) && <ScaleControl position="bottom-left" unit="metric" maxWidth={120} />}
      <MapLabels labels={labels} visible={visible} onSelect={onSelect} refugeeDate={refugeeDate} />
      {selection && <FeaturePopup selection={selection} onClose={() => onSelect(null)} onSelect={onSelect} labels={labels} visible={visible} />}
    </Map>
  );
}
