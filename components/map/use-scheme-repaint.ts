import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { baseStyle } from '@/lib/map/base-style';
import { repaintPatternImages } from '@/lib/map/pattern-images';
import type { ColorScheme } from '@/lib/map/themes';

/**
 * Repaints what the data layers' own paint does not cover when the scheme changes: the background
 * and the pattern images (not paint properties). Returns the scheme the patterns are drawn in, for
 * a map that adds them later.
 */
export function useSchemeRepaint(mapRef: RefObject<MapRef | null>, scheme: ColorScheme): RefObject<ColorScheme> {
  const patternScheme = useRef(scheme);
  useEffect(() => {
    patternScheme.current = scheme;
    const map = mapRef.current?.getMap();
    if (map) repaintPatternImages(map, scheme);
    if (map?.getLayer('background')) {
      const background = baseStyle(scheme).layers.find((l) => l.id === 'background');
      if (background?.type === 'background') map.setPaintProperty('background', 'background-color', background.paint?.['background-color']);
    }
  }, [mapRef, scheme]);
  return patternScheme;
}
