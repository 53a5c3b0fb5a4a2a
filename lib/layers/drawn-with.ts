import type { FilterSpecification } from 'maplibre-gl';

/**
 * A place drawn as one with a neighbour below a zoom: at a phone's scale two towns a few kilometres apart (Irpin
 * beside Kyiv, Lysychansk across the river from Sievierodonetsk) would lie on each other's centres. Below its
 * `drawnWithBelowZoom` such a feature is not drawn and not labelled; its neighbour's marker stands for both, its
 * details name it, and the map in words lists it as ever. The zoom is a whole number: MapLibre evaluates a
 * filter's zoom at whole levels only, and {@link isDrawnAt} does the same.
 */
export interface DrawnWithProperties {
  /** The id of the feature of the same layer that stands for this one below the zoom. */
  drawnWith?: string;
  /** The whole zoom from which this feature is drawn on its own. */
  drawnWithBelowZoom?: number;
}

/** The style filter of a point layer whose features may be drawn with a neighbour: a feature is drawn at its zoom or beyond. */
export const DRAWN_AT_THIS_ZOOM: FilterSpecification = ['any', ['!', ['has', 'drawnWithBelowZoom']], ['>=', ['zoom'], ['get', 'drawnWithBelowZoom']]];

/**
 * Whether a feature is drawn on its own at a map zoom, as {@link DRAWN_AT_THIS_ZOOM} decides it (at the whole zoom
 * below the map's: MapLibre's tiles of a GeoJSON source are made at whole zooms).
 *
 * @example isDrawnAt({ drawnWithBelowZoom: 5 }, 4.9) // => false
 */
export function isDrawnAt(properties: DrawnWithProperties | Record<string, unknown>, zoom: number): boolean {
  const belowZoom = properties.drawnWithBelowZoom;
  return typeof belowZoom !== 'number' || Math.floor(zoom) >= belowZoom;
}
