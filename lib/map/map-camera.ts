import type { BBox } from 'geojson';
import type { MapOptions } from 'maplibre-gl';
import { INITIAL_BOUNDS } from '../config';
import type { MapView } from '../url/map-url-state';

/** Where a page's map starts: the view the address asks for, or bounds to fit (react-map-gl's `initialViewState`). */
export type InitialCamera =
  | { longitude: number; latitude: number; zoom: number }
  | { bounds: [number, number, number, number]; fitBoundsOptions: { padding: number } };

/** The camera a map starts with: the address's view, else its bbox, else the story's region, with a margin. */
export function initialCamera(view: MapView | null, bbox?: BBox | null): InitialCamera {
  if (view) return { longitude: view.longitude, latitude: view.latitude, zoom: view.zoom };
  return { bounds: (bbox ?? INITIAL_BOUNDS) as [number, number, number, number], fitBoundsOptions: { padding: 24 } };
}

/** The same camera as MapLibre's own options take it (the early map is made without react-map-gl). */
export function cameraOptions(camera: InitialCamera): Partial<MapOptions> {
  return 'bounds' in camera ? camera : { center: [camera.longitude, camera.latitude], zoom: camera.zoom };
}
