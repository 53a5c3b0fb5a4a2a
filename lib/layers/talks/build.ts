import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { ISO_UKRAINE } from '../../config';
import { distanceToBorder } from '../../geo/border-distance';
import type { Geodata } from '../../geodata/load-geodata';
import { placeFeature, placesOf, round1 } from '../place-feature';
import type { TalksProperties } from './definition';

/**
 * The talks venues, each with its distance to Ukraine's border and to the nearest other foreign
 * border: the figures a reader needs beside the story's "in Belarus on the Ukrainian border".
 */
export function buildTalksLayer(geodata: Geodata): FeatureCollection<Point, TalksProperties> {
  const countries = geodata.countries.features;
  const ukraine = countries.find((c) => c.properties.iso === ISO_UKRAINE);
  if (!ukraine) throw new Error('geodata/countries.json: Ukraine is missing');

  const features = placesOf(geodata, 'talks').map((place) => {
    const base = placeFeature(place, geodata);
    const host = countries.find((c) => booleanPointInPolygon(place.coordinates, c));
    if (!host) throw new Error(`geodata/places.json: ${place.id} lies in no country of the basemap`);
    const [nearest] = countries
      .filter((c) => c !== host && c !== ukraine)
      .map((c) => ({ country: c.properties.name, distanceKm: distanceToBorder(place.coordinates, c).distanceKm }))
      .sort((a, b) => a.distanceKm - b.distanceKm);
    if (!nearest || place.round === undefined) throw new Error(`geodata/places.json: ${place.id} needs a round`);
    const properties: TalksProperties = {
      ...base.properties,
      kind: 'talks-venue',
      round: place.round,
      distanceToUkraineKm: round1(distanceToBorder(place.coordinates, ukraine).distanceKm),
      nearestBorder: { country: nearest.country, distanceKm: round1(nearest.distanceKm) },
    };
    return { ...base, properties };
  });
  return { type: 'FeatureCollection', features };
}
