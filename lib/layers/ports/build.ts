import type { FeatureCollection, Point, Polygon } from 'geojson';
import { PORT_RING_RADIUS_KM } from '../../config';
import { bufferRing } from '../../geo/buffer-ring';
import type { Geodata } from '../../geodata/load-geodata';
import { placeFeature, placesOf } from '../place-feature';
import type { PortProperties, PortRingProperties } from './definition';

const STATUSES = ['seized', 'besieged', 'captured', 'threatened', 'preparing its defence'] as const;

/** The story's ports as points, with an emphasis ring (turf buffer) around the two primary ones. */
export function buildPortsLayer(
  geodata: Geodata,
): FeatureCollection<Point | Polygon, PortProperties | PortRingProperties> {
  const ports = placesOf(geodata, 'ports').map((place) => {
    const status = STATUSES.find((s) => s === place.status);
    if (!status) throw new Error(`geodata/places.json: ${place.id} has unknown port status "${place.status}"`);
    const base = placeFeature(place, geodata);
    const properties: PortProperties = { ...base.properties, kind: 'port', status, statusCode: status, priority: place.priority ?? 'secondary' };
    return { ...base, properties };
  });
  // Rings first, so that the points draw above them when a client keeps the file order.
  const rings = ports
    .filter((p) => p.properties.priority === 'primary')
    .map((port) => {
      const ring = bufferRing(port.geometry.coordinates, PORT_RING_RADIUS_KM);
      const id = `${port.properties.id}-ring`;
      const properties: PortRingProperties = {
        id,
        name: `${port.properties.name}: ${port.properties.status}`,
        kind: 'port-ring',
        portId: port.properties.id,
        status: port.properties.statusCode,
        statusCode: port.properties.statusCode,
        ...(port.properties.by ? { by: port.properties.by } : {}),
        radiusKm: PORT_RING_RADIUS_KM,
        date: port.properties.date,
        summary: `A ${PORT_RING_RADIUS_KM} km ring around the city centre to mark it; it is not a front line.`,
        sources: port.properties.sources,
      };
      return { type: 'Feature' as const, id, properties, geometry: ring.geometry };
    });
  return { type: 'FeatureCollection', features: [...rings, ...ports] };
}
