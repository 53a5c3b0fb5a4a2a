import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { CameraRequest } from './camera-request';

/**
 * Moves the camera when a request's key changes (the tour, "show on the map"), once the map has
 * loaded. Readers who ask for less motion get a jump instead of a flight.
 */
export function useCameraRequest(mapRef: RefObject<MapRef | null>, camera: CameraRequest | null | undefined, loaded: boolean): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !camera || !loaded) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const target = camera.bounds
      ? map.cameraForBounds(camera.bounds as [number, number, number, number], { padding: 40, maxZoom: 7 })
      : camera.center
        ? { center: camera.center as [number, number], zoom: camera.zoom ?? Math.max(map.getZoom(), 6) }
        : undefined;
    if (!target) return;
    if (reduced) map.jumpTo(target);
    else map.flyTo({ ...target, duration: 1600 });
  }, [mapRef, camera, loaded]);
}
