import { booleanPointInPolygon, distance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { ISO_UKRAINE } from '../../config';
import { areaVertices } from '../../geo/area-vertices';
import { distanceToBorder } from '../../geo/border-distance';
import { distanceRange, type DistanceRange } from '../../geo/distance-range';
import { uncertaintyArea } from '../../geo/uncertainty-area';
import type { Geodata } from '../../geodata/load-geodata';
import { placeFeature, placesOf, round1 } from '../place-feature';
import type { RangeKm, TalksAreaProperties, TalksLayerProperties, TalksProperties } from './definition';

const rounded = (r: DistanceRange): RangeKm => ({ minKm: round1(r.minKm), maxKm: round1(r.maxKm) });

/**
 * The talks venues, each with the area its unpublished site may lie in and the range of distances
 * from the possible sites to Ukraine's border and to the nearest other foreign border: the figures
 * a reader needs beside the story's "in Belarus on the Ukrainian border". Where reports name
 * candidate buildings, the ranges are measured from them; otherwise from the whole area.
 */
export function buildTalksLayer(geodata: Geodata): FeatureCollection<Point | Polygon | MultiPolygon, TalksLayerProperties> {
  const countries = geodata.countries.features;
  const ukraine = countries.find((c) => c.properties.iso === ISO_UKRAINE);
  if (!ukraine) throw new Error('geodata/countries.json: Ukraine is missing');

  const areas: { type: 'Feature'; id: string; properties: TalksAreaProperties; geometry: Polygon | MultiPolygon }[] = [];
  const venues = placesOf(geodata, 'talks').map((place) => {
    const base = placeFeature(place, geodata);
    const host = countries.find((c) => booleanPointInPolygon(place.coordinates, c));
    if (!host) throw new Error(`geodata/places.json: ${place.id} lies in no country of the basemap`);
    if (place.round === undefined || place.uncertaintyKm === undefined) {
      throw new Error(`geodata/places.json: ${place.id} needs a round and an uncertaintyKm`);
    }
    const area = uncertaintyArea(place.coordinates, place.uncertaintyKm, host);
    const sites = place.possibleSites?.map((s) => s.coordinates) ?? [place.coordinates, ...areaVertices(area)];
    for (const site of place.possibleSites ?? []) {
      if (!booleanPointInPolygon(site.coordinates, area)) {
        throw new Error(`geodata/places.json: ${place.id}: ${site.name} lies outside its uncertainty area`);
      }
    }
    // Only countries that could hold the nearest border are measured from every site: each site lies
    // within `reach` of the point, so a country more than 2 × reach farther from the point than the
    // nearest one cannot be nearer to any site (the triangle inequality). The same answer as
    // measuring them all, in a fraction of the time (round 1's area has many vertices).
    const reach = Math.max(...sites.map((s) => distance(place.coordinates, s, { units: 'kilometers' })));
    const others = countries.filter((c) => c !== host && c !== ukraine).map((c) => ({ c, fromPoint: distanceToBorder(place.coordinates, c).distanceKm }));
    const closest = Math.min(...others.map((o) => o.fromPoint));
    const [nearest] = others
      .filter((o) => o.fromPoint <= closest + 2 * reach + 1)
      .map(({ c }) => ({ country: c.properties.name, range: distanceRange(sites, c) }))
      .sort((a, b) => a.range.minKm - b.range.minKm);
    if (!nearest) throw new Error(`geodata/places.json: ${place.id} has no neighbouring country`);

    const properties: TalksProperties = {
      ...base.properties,
      kind: 'talks-venue',
      round: place.round,
      distanceToUkraine: rounded(distanceRange(sites, ukraine)),
      nearestBorder: { country: nearest.country, ...rounded(nearest.range) },
      possibleSites: place.possibleSites?.map((s) => s.name) ?? [],
      uncertaintyKm: place.uncertaintyKm,
    };
    const areaId = `${place.id}-area`;
    areas.push({
      type: 'Feature',
      id: areaId,
      properties: {
        id: areaId,
        name: `Where round ${place.round} may have met`,
        kind: 'talks-area',
        round: place.round,
        venueId: place.id,
        radiusKm: place.uncertaintyKm,
        positionAccuracy: 'approximate',
        date: place.date,
        summary: `The site was not published. The shaded area, up to ${place.uncertaintyKm} km around the approximate point and inside ${host.properties.name}, shows how uncertain the position is; it is not a reported boundary.`,
        sources: base.properties.sources,
        ...(base.properties.quote ? { quote: base.properties.quote } : {}),
        ...(base.properties.quoteNote ? { quoteNote: base.properties.quoteNote } : {}),
      },
      geometry: area.geometry,
    });
    return { ...base, properties };
  });
  // Areas first, so that the points draw above them when a client keeps the file order.
  return { type: 'FeatureCollection', features: [...areas, ...venues] };
}
