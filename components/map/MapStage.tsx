import { useI18n } from '../i18n/I18nProvider';
import type { BBox } from 'geojson';
import { ESSENTIAL_LAYER_IDS } from '@/lib/layers/registry';
import { MAP_CONTAINER_ID } from '@/lib/map/map-options';
import type { ColorScheme } from '@/lib/map/themes';
import type { MapView } from '@/lib/url/map-url-state';
import { loadMapLibre } from './load-maplibre';
import MapCanvas from './MapCanvas';
import { mapSummary } from './map-summary';
import { MapErrorBoundary } from './MapErrorBoundary';
import { MapStatus } from './MapStatus';
import { MapPicture } from './MapPicture';
import { supportsWebGl } from './supports-webgl';
import type { PagePictures } from '@/lib/picture/picture-manifest';
import { TourPanel } from './TourPanel';
import type { Measure } from './use-measure';
import type { MapSession } from './use-map-session';

// MapLibre draws only in the browser: the server renders the map's empty container, and the map is
// created after hydration. MapLibre itself was asked for by the page's HTML (MapBoot, components/page/PageScripts.tsx);
// asking again here, as this module runs, covers a page whose early-map script did not run.
if (typeof window !== 'undefined') void loadMapLibre();

interface MapStageProps {
  session: MapSession;
  scheme: ColorScheme;
  initialView: MapView | null;
  initialBounds?: BBox | null;
  cooperativeGestures?: boolean;
  showControls?: boolean;
  measure?: Measure;
  /** The map as a picture, shown where the map cannot be drawn (no WebGL, no scripts). */
  pictures: PagePictures | null;
}

/** The map itself with what sits on it: the tour's step, loading and error notices, the no-WebGL fallback. */
export function MapStage({ session: s, scheme, initialView, initialBounds, cooperativeGestures, showControls, measure, pictures }: MapStageProps) {
  const { locale, m } = useI18n();
  return (
    <>
      <MapErrorBoundary
        messages={m.status}
        fallback={(message) => (
          <>
            {pictures && (
              <figure className="map-fallback">
                <MapPicture pictures={pictures} scheme={scheme} />
                <figcaption className="visually-hidden">{m.picture.noWebGl}</figcaption>
              </figure>
            )}
            <div className="map-status map-status--error" role="alert">
              {message} <a href="#map-in-words">{m.status.readInstead}</a>
              {m.status.instead}
            </div>
          </>
        )}
      >
        {s.known ? (
        <MapCanvas
          labels={s.labels}
          visible={s.visible}
          reloads={s.reloads}
          onSourceError={s.onSourceError}
          initialView={initialView}
          initialBounds={initialBounds}
          scheme={scheme}
          cooperativeGestures={cooperativeGestures}
          showControls={showControls}
          selection={s.selection}
          onSelect={s.setSelection}
          onViewChange={s.setView}
          onReadyChange={s.setReady}
          onMapError={s.setMapError}
          onContextLost={s.setContextLost}
          camera={s.camera}
          measure={measure}
          ariaLabel={mapSummary(s.enabled, locale, m)}
          refugeeDate={s.refugeeDate}
        />
        ) : (
          // Until the page knows its address (the server's render, hydration), the map's empty
          // container, as react-map-gl renders it: the early map's script draws over it. Without
          // scripts, the picture of the map stands in it.
          <div id={MAP_CONTAINER_ID} style={{ position: 'absolute', inset: 0 }}>
            {pictures && (
              <noscript>
                <figure className="map-fallback">
                  <MapPicture pictures={pictures} scheme="light" />
                </figure>
              </noscript>
            )}
          </div>
        )}
      </MapErrorBoundary>
      {/* MapLibre could not start for want of WebGL: the map as a picture stands in its place. */}
      {pictures && s.mapError !== null && !supportsWebGl() && (
        <figure className="map-fallback">
          <MapPicture pictures={pictures} scheme={scheme} />
          <figcaption className="visually-hidden">{m.picture.noWebGl}</figcaption>
        </figure>
      )}
      <TourPanel tour={s.tour} />
      <MapStatus
        ready={s.ready}
        basemapError={ESSENTIAL_LAYER_IDS.map((id) => s.layers[id].error).find(Boolean)}
        mapError={s.mapError}
        failed={s.failed}
        contextLost={s.contextLost}
        onRetryBasemap={() => {
          s.setMapError(null);
          ESSENTIAL_LAYER_IDS.forEach((id) => s.layers[id].retry());
        }}
        onRetryLayers={() => s.failed.forEach((id) => s.layers[id].retry())}
      />
    </>
  );
}
