'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MapLibreEvent, Map as MapLibreMap } from 'maplibre-gl';
import Map, {
  Layer,
  NavigationControl,
  Popup,
  ScaleControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { BBox, FeatureCollection, Position } from 'geojson';
import { INITIAL_BOUNDS } from '@/lib/config';
import { CRIMEA_HATCH_IMAGE } from '@/lib/layers/basemap/definition';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { LAYER_IDS, isLayerId, layerUrl, type LayerId } from '@/lib/layers/registry';
import { baseStyle, slotLayerId } from '@/lib/map/base-style';
import { MEASURE_SOURCE_ID, measureLayers } from '@/lib/map/measure-layers';
import { mapInteraction } from '@/lib/map/map-boot';
import { MAP_DRAWN_ATTRIBUTE, afterBootScript } from '@/lib/map/boot/map-boot-state';
import { HATCH, MAP_CONTAINER_ID, hatchImage } from '@/lib/map/map-setup';
import { placedStyleLayers } from '@/lib/map/placed-style-layers';
import type { ColorScheme } from '@/lib/map/themes';
import { INTERACTIVE_LAYER_IDS } from '@/lib/map/style-layers';
import type { MapView } from '@/lib/url/map-url-state';
import { FeatureDetails } from './FeatureDetails';
import type { Selection } from './feature-lookup';
import type { CameraRequest } from './camera-request';
import { MapLabels } from './MapLabels';
import { earlySourceErrors, withEarlyMap } from './early-map';
import { layerErrorText } from './layer-error-text';
import { loadMapLibre } from './load-maplibre';
import { useCameraRequest } from './use-camera-request';
import { useLabelDeclutter } from './use-label-declutter';
import { useSchemeRepaint } from './use-scheme-repaint';
import { useSourceReload } from './use-source-reload';
import { useSelectedFeature } from './use-selected-feature';
import { sourceLoadError } from './use-layer-data';
import { useI18n } from '../i18n/I18nProvider';

declare global {
  interface Window {
    /** The MapLibre map, for end-to-end tests and debugging in the console only: the app reaches it through react-map-gl's useMap. */
    __map?: MapLibreMap;
  }
}

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

/** The MapLibre map: sources and style layers for each data layer, labels, controls and the popup. */
export default function MapCanvas(props: MapCanvasProps) {
  const { labels, visible, reloads, onSourceError, initialView, initialBounds, scheme, selection, onSelect, onViewChange, onReadyChange, onMapError } = props;
  const { cooperativeGestures = false, showControls = true, onContextLost, camera, measure, ariaLabel, refugeeDate } = props;

  const { locale, m } = useI18n();
  const [loaded, setLoaded] = useState(false);
  const mapRef = useRef<MapRef>(null);
  useCameraRequest(mapRef, camera, loaded);
  useLabelDeclutter(mapRef, loaded);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (ariaLabel && map) map.getCanvas().setAttribute('aria-label', ariaLabel);
  }, [ariaLabel, loaded]);
  // The style object stays the same after the first render (a new one would make react-map-gl call
  // setStyle); later scheme changes repaint the background in the effect below.
  const [mapStyle] = useState(() => baseStyle(scheme));
  // Read once, when react-map-gl creates its map: MapLibre from this origin, handing over the map the
  // boot script drew. Nothing on the server, where there is no map.
  // It waits for the boot script to have run, so as to adopt its map rather than race it.
  const [mapLib] = useState(() => {
    if (typeof window === 'undefined') return undefined;
    return loadMapLibre().then(async (maplibre) => {
      await afterBootScript(window);
      return withEarlyMap(maplibre);
    });
  });
  const hatchScheme = useSchemeRepaint(mapRef, scheme);
  useSourceReload(mapRef, reloads, loaded, locale);
  const details = useSelectedFeature(selection, locale);

  const interactiveLayerIds = useMemo(() => LAYER_IDS.filter((id) => visible[id]).flatMap((id) => INTERACTIVE_LAYER_IDS[id]), [visible]);

  // Ready = every visible layer's data is on the map, its source loaded, and the map idle after that.
  const checkReady = useCallback((event: MapLibreEvent) => {
    const map = event.target; // not mapRef, for the same reason as in handleLoad
    const ready = LAYER_IDS.filter((id) => visible[id]).every(
      (id) => labels[id] !== undefined && map.getSource(id) !== undefined && map.isSourceLoaded(id),
    );
    // Committed at once, inside MapLibre's idle event: a scheduled render would wait behind the
    // next frame, which in software WebGL costs 100–400 ms (measured with a Chromium trace), and the
    // "loading" notice would outstay the map.
    const isReady = ready && map.loaded();
    flushSync(() => onReadyChange(isReady));
    // React's state now says whether the map is ready: the boot script's mark has done its job.
    if (isReady) document.documentElement.removeAttribute(MAP_DRAWN_ATTRIBUTE);
  }, [visible, labels, onReadyChange]);

  // A retry counts too: a failed layer's source counts as loaded, so without this the map stayed
  // "ready" while the retried layer was still on its way (seen as a flaky e2e test in CI).
  const signature = LAYER_IDS.map((id) => `${id}:${visible[id] ? 1 : 0}${labels[id] ? 1 : 0}:${reloads[id] ?? 0}`).join();
  useEffect(() => {
    onReadyChange(false);
    mapRef.current?.getMap().triggerRepaint();
  }, [signature, onReadyChange]);

  // The map comes from the event, not from mapRef: when the boot script's map had loaded before
  // React took it over, its `load` is replayed before react-map-gl has set the ref, and a handler
  // that read the ref returned early and never set the map up (seen as a flaky e2e test).
  const handleLoad = useCallback((event: MapLibreEvent) => {
    const map = event.target;
    window.__map = map;
    setLoaded(true);
    for (const [id, error] of earlySourceErrors()) if (isLayerId(id)) onSourceError(id, error);
    const center = map.getCenter();
    onViewChange({ longitude: center.lng, latitude: center.lat, zoom: map.getZoom() });
    const addHatch = () => {
      if (!map.hasImage(CRIMEA_HATCH_IMAGE)) {
        map.addImage(CRIMEA_HATCH_IMAGE, hatchImage(hatchScheme.current), { pixelRatio: HATCH.pixelRatio });
      }
    };
    addHatch();
    map.on('styleimagemissing', (e) => e.id === CRIMEA_HATCH_IMAGE && addHatch());
    // A lost context (GPU reset, too many tabs) blanks the canvas; MapLibre redraws on restore.
    map.on('webglcontextlost', () => onContextLost?.(true));
    map.on('webglcontextrestored', () => {
      onContextLost?.(false);
      map.triggerRepaint();
    });
  }, [onViewChange, onContextLost, onSourceError, hatchScheme]);

  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      if (measure?.active) {
        measure.add([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const feature = event.features?.[0];
      const layerId = feature?.source;
      const featureId = feature?.properties?.id;
      if (!feature || !layerId || !isLayerId(layerId) || typeof featureId !== 'string') {
        onSelect(null);
        return;
      }
      const anchor: Position =
        feature.geometry.type === 'Point' ? feature.geometry.coordinates : [event.lngLat.lng, event.lngLat.lat];
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
      initialViewState={
        initialView ?? {
          bounds: (initialBounds ?? INITIAL_BOUNDS) as [number, number, number, number],
          fitBoundsOptions: { padding: 24 },
        }
      }
      {...mapInteraction(cooperativeGestures, locale)}
      interactiveLayerIds={interactiveLayerIds}
      onLoad={handleLoad}
      onIdle={checkReady}
      onClick={handleClick}
      onMoveEnd={(e) => onViewChange({ longitude: e.viewState.longitude, latitude: e.viewState.latitude, zoom: e.viewState.zoom })}
      onError={(e) => {
        // A layer's source that failed to load is that layer's problem, shown on its toggle.
        const sourceId = (e as { sourceId?: unknown }).sourceId;
        if (typeof sourceId === 'string' && isLayerId(sourceId)) onSourceError(sourceId, sourceLoadError(e.error));
        else onMapError(e.error?.message ?? m.status.mapFailed);
      }}
      cursor={measure?.active ? 'crosshair' : interactiveLayerIds.length ? undefined : 'grab'}
      style={{ position: 'absolute', inset: 0 }}
    >
      {LAYER_IDS.map((id) => {
        // Once switched on, a layer's source stays (hidden while switched off): its URL, read by the worker.
        if (!visible[id] && !labels[id]) return null;
        return (
          <Source key={id} id={id} type="geojson" data={layerUrl(id, locale)} promoteId="id">
            {placedStyleLayers(id, scheme, visible[id], refugeeDate).map((layer) => (
              <Layer key={layer.id} {...layer} beforeId={slotLayerId(id)} />
            ))}
          </Source>
        );
      })}
      {measure && measure.points.length > 0 && (
        <Source id={MEASURE_SOURCE_ID} type="geojson" data={measure.geojson}>
          {measureLayers(scheme).map((layer) => (
            <Layer key={layer.id} {...layer} />
          ))}
        </Source>
      )}
      {showControls && <NavigationControl position="top-right" showCompass={false} />}
      {showControls && <ScaleControl position="bottom-left" unit="metric" maxWidth={120} />}
      <MapLabels labels={labels} visible={visible} onSelect={onSelect} refugeeDate={refugeeDate} />
      {selection && (details.feature || details.loading || details.error) && (
        <Popup
          // Made again when the details replace the loading line: MapLibre picks the popup's side
          // from its size when it opens, and would keep the side that suited a one-line popup.
          key={details.feature ? 'details' : 'status'}
          longitude={selection.anchor[0] as number}
          latitude={selection.anchor[1] as number}
          onClose={() => onSelect(null)}
          closeOnClick={false}
          maxWidth="340px"
          // Focus goes to the details themselves, at their top: a screen reader starts at the name,
          // and a popup that scrolls shows its beginning. (MapLibre's own focusAfterOpen picks the
          // first link: the sources, at the end.)
          focusAfterOpen={false}
          onOpen={(event) => event.target.getElement()?.querySelector<HTMLElement>('article.details')?.focus({ preventScroll: true })}
          className="feature-popup"
        >
          {details.feature ? (
            <FeatureDetails properties={details.feature.properties} />
          ) : details.error ? (
            <p className="details details__error" role="alert">
              {m.details.failed(layerErrorText(details.error, m))}{' '}
              <button type="button" onClick={details.retry}>
                {m.layers.retry}
              </button>
            </p>
          ) : (
            <p className="details details__loading" role="status">
              {m.details.loading}
            </p>
          )}
        </Popup>
      )}
    </Map>
  );
}
