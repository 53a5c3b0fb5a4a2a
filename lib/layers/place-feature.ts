import type { Feature, Point } from 'geojson';
import { distanceKm } from '../geo/distance-km';
import type { Geodata } from '../geodata/load-geodata';
import type { PlaceRecord } from '../geodata/schema';
import type { PlaceProperties } from './place-properties';

/**
 * Turns a place record of geodata/places.json into a point feature with its sources expanded and
 * its distance from Kyiv computed.
 */
export function placeFeature(place: PlaceRecord, geodata: Geodata): Feature<Point, PlaceProperties> {
  const kyiv = geodata.places.find((p) => p.id === 'kyiv');
  if (!kyiv) throw new Error('geodata/places.json: the place "kyiv" is missing');
  const properties: PlaceProperties = {
    id: place.id,
    name: place.name,
    kind: place.kind,
    date: place.date,
    status: place.status,
    summary: place.summary,
    sources: geodata.sources(place.sourceIds, 'places.json'),
    positionAccuracy: place.positionAccuracy,
    distanceFromKyivKm: round1(distanceKm(kyiv.coordinates, place.coordinates)),
    ...(place.label ? { label: place.label } : {}),
    ...(place.positionNote ? { positionNote: place.positionNote } : {}),
    ...(place.quote ? { quote: place.quote } : {}),
    ...(place.quoteNote ? { quoteNote: place.quoteNote } : {}),
  };
  return { type: 'Feature', id: place.id, properties, geometry: { type: 'Point', coordinates: [...place.coordinates] } };
}

/** Rounds to one decimal: distances are shown to the kilometre, kept to 100 m. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The places of one layer, in file order. */
export function placesOf(geodata: Geodata, layer: PlaceRecord['layer']): PlaceRecord[] {
  return geodata.places.filter((p) => p.layer === layer);
}
