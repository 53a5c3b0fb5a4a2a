'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { CRIMEA_HATCH_IMAGE } from '@/lib/layers/basemap/definition';
import { baseStyle } from '@/lib/map/base-style';
import { hatchImage } from '@/lib/map/map-setup';
import type { ColorScheme } from '@/lib/map/themes';

/**
 * Repaints what the data layers' own paint does not cover when the scheme changes: the background
 * and the Crimea hatch (an image, not a paint property). Returns the scheme the hatch is drawn in,
 * for a map that adds the image later.
 */
export function useSchemeRepaint(mapRef: RefObject<MapRef | null>, scheme: ColorScheme): RefObject<ColorScheme> {
  const hatchScheme = useRef(scheme);
  useEffect(() => {
    hatchScheme.current = scheme;
    const map = mapRef.current?.getMap();
    if (map?.hasImage(CRIMEA_HATCH_IMAGE)) map.updateImage(CRIMEA_HATCH_IMAGE, hatchImage(scheme));
    if (map?.getLayer('background')) {
      const background = baseStyle(scheme).layers.find((l) => l.id === 'background');
      if (background?.type === 'background') map.setPaintProperty('background', 'background-color', background.paint?.['background-color']);
    }
  }, [mapRef, scheme]);
  return hatchScheme;
}
