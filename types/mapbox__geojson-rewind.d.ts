// @mapbox/geojson-rewind ships no types: its one export, as its README documents it.
declare module '@mapbox/geojson-rewind' {
  import type { GeoJSON } from 'geojson';
  /** Rewinds rings to RFC 7946 order (exterior counter-clockwise) unless `clockwise` is true. */
  export default function rewind<T extends GeoJSON>(geojson: T, clockwise?: boolean): T;
}
