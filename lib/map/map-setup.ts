import { PALETTE, PALETTE_DARK } from '../config';
import { hatchPattern, type PatternImage } from './hatch-pattern';
import type { ColorScheme } from './themes';

/** Id of the element MapCanvas renders as the map's container; the boot script draws over it. */
export const MAP_CONTAINER_ID = 'map-canvas';

/** The Crimea hatch tile: size and stripe width in pixels, drawn at twice the device resolution. */
export const HATCH = { size: 16, lineWidth: 2.2, pixelRatio: 2 } as const;

/** The hatch image in a scheme's colour. */
export function hatchImage(scheme: ColorScheme): PatternImage {
  return hatchPattern(HATCH.size, HATCH.lineWidth, scheme === 'dark' ? PALETTE_DARK.crimeaHatch : PALETTE.crimeaHatch);
}
