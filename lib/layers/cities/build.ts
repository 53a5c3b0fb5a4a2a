import type { FeatureCollection, Point } from 'geojson';
import type { Geodata } from '../../geodata/load-geodata';
import type { PlaceRecord } from '../../geodata/schema';
import { placeFeature } from '../place-feature';
import type { CityUnderFireProperties } from './definition';
import { citiesSchema, type CityRecord } from './schema';

/** MapLibre's marker anchor for each side a label may take. */
const LABEL_ANCHOR = { above: 'bottom', below: 'top', right: 'left' } as const;

/** The cities and towns the layer's rule admits, from geodata/cities.json. */
export function buildCitiesLayer(geodata: Geodata): FeatureCollection<Point, CityUnderFireProperties> {
  const cities = geodata.read('cities.json', citiesSchema);
  const features = cities.map((city) => {
    const shared = city.placeId === undefined ? undefined : sharedPlace(city, geodata);
    const place = {
      ...city,
      kind: 'city-under-fire',
      coordinates: shared?.coordinates ?? city.coordinates!,
      positionAccuracy: 'exact' as const,
      positionNote: 'The marker is the city centre, not the places struck.',
    };
    const base = placeFeature(place, geodata, 'cities.json');
    const properties: CityUnderFireProperties = {
      ...base.properties,
      kind: 'city-under-fire',
      reports: city.reports.map((r) => ({ date: r.date, text: r.text, sources: geodata.sources(r.sourceIds, 'cities.json') })),
      ...(city.casualties ? { casualties: city.casualties } : {}),
      confidence: city.confidence,
      confidenceNote: city.confidenceNote,
      ...(shared ? { sharedWith: shared.layer } : {}),
      labelAnchor: LABEL_ANCHOR[city.labelSide ?? 'below'],
      ...(city.drawnWith ? { drawnWith: city.drawnWith.place, drawnWithBelowZoom: city.drawnWith.belowZoom } : {}),
      priority: 'secondary',
    };
    return { ...base, properties };
  });
  return { type: 'FeatureCollection', features };
}

function sharedPlace(city: CityRecord, geodata: Geodata): PlaceRecord {
  const place = geodata.places.find((p) => p.id === city.placeId);
  if (!place) throw new Error(`geodata/cities.json: ${city.id} names place "${city.placeId}", which places.json does not have`);
  return place;
}
