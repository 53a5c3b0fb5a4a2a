import type { BBox, Position } from 'geojson';

/** A request to move the map's camera; a new `key` asks again for the same place. */
export interface CameraRequest {
  key: number;
  bounds?: BBox;
  center?: Position;
  zoom?: number;
}
