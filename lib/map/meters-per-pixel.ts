/** Earth's equatorial circumference in metres (WGS 84), the width of the Web Mercator world. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Ground metres covered by one CSS pixel at a latitude and MapLibre zoom (512 px tiles).
 *
 * @example metersPerPixel(50, 5) // => ≈ 1,574
 */
export function metersPerPixel(latitude: number, zoom: number): number {
  if (!Number.isFinite(latitude) || Math.abs(latitude) > 85.06) throw new RangeError('latitude must be within ±85.06');
  if (!Number.isFinite(zoom)) throw new RangeError('zoom must be a number');
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
