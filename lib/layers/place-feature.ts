import type { Feature, Point } from 'geojson';
import { DISTANCE_ORIGIN_PLACE_ID } from '../config';
import { distanceKm } from '../geo/distance-km';
import type { Geodata } from '../geodata/load-geodata';
import type { PlaceRecord } from '../geodata/schema';
import type { PlaceProperties } from './place-properties';

/** What a point feature is made from: a record of geodata/places.json, or of a layer's own file. */
export type PlaceInput = Pick<PlaceRecord, 'id' | 'name' | 'coordinates' | 'positionAccuracy' | 'date' | 'status' | 'summary' | 'sourceIds'> &
  Partial<Pick<PlaceRecord, 'label' | 'positionNote' | 'quote' | 'quoteNote' | 'by'>> & { kind: string };

/**
 * Turns a place record into a point feature with its sources expanded and its distance from Kyiv
 * computed.
 */
export function placeFeature(place: PlaceInput, geodata: Geodata, citedIn = 'places.json'): Feature<Point, PlaceProperties> {
  const kyiv = geodata.places.find((p) => p.id === DISTANCE_ORIGIN_PLACE_ID);
  if (!kyiv) throw new Error(`geodata/places.json: the place "${DISTANCE_ORIGIN_PLACE_ID}" is missing`);
  const properties: PlaceProperties = {
    id: place.id,
    name: place.name,
    kind: place.kind,
    date: place.date,
    status: place.status,
    ...(place.by ? { by: place.by } : {}),
    summary: place.summary,
    sources: geodata.sources(place.sourceIds, citedIn),
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
export function placesOf(geodata: Geodata, layer: string): PlaceRecord[] {
  return geodata.places.filter((p) => p.layer === layer);
}
