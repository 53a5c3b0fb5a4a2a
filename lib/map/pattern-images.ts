import type { Map as MapLibreMap } from 'maplibre-gl';
import { paletteColour } from '../layers/layer-module';
import { LAYERS } from '../layers/layers';
import { hatchPattern, type PatternImage } from './hatch-pattern';
import type { ColorScheme } from './themes';

/** A striped tile: size and stripe width in pixels, drawn at twice the device resolution. */
export const PATTERN_TILE = { size: 16, lineWidth: 2.2, pixelRatio: 2 } as const;

/** Every pattern the layers' styles fill with (their modules' `patterns`). */
const PATTERNS = LAYERS.flatMap((layer) => ('patterns' in layer ? (layer.patterns ?? []) : []));

/** A pattern's pixels in a scheme, or null for an image no layer names. */
export function patternImage(id: string, scheme: ColorScheme): PatternImage | null {
  const pattern = PATTERNS.find((p) => p.id === id);
  return pattern ? hatchPattern(PATTERN_TILE.size, PATTERN_TILE.lineWidth, paletteColour(pattern.colour, scheme)) : null;
}

type ImageHolder = Pick<MapLibreMap, 'hasImage' | 'addImage' | 'updateImage'>;

/**
 * Gives the map each pattern it lacks, in the scheme: when it is made (the early map, React's),
 * and again when its style asks for one it lost (`styleimagemissing`).
 */
export function addPatternImages(map: ImageHolder, scheme: ColorScheme): void {
  for (const { id } of PATTERNS) if (!map.hasImage(id)) map.addImage(id, patternImage(id, scheme)!, { pixelRatio: PATTERN_TILE.pixelRatio });
}

/** Repaints the map's patterns in another scheme (an image is not a paint property). */
export function repaintPatternImages(map: ImageHolder, scheme: ColorScheme): void {
  for (const { id } of PATTERNS) if (map.hasImage(id)) map.updateImage(id, patternImage(id, scheme)!);
}
