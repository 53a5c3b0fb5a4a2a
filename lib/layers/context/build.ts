import type { FeatureCollection, Point } from 'geojson';
import type { Geodata } from '../../geodata/load-geodata';
import { placeFeature, placesOf } from '../place-feature';
import type { ContextProperties } from './definition';

/** Reference cities: Moscow (Lavrov), Minsk, Brest and Gomel. */
export function buildContextLayer(geodata: Geodata): FeatureCollection<Point, ContextProperties> {
  const features = placesOf(geodata, 'context').map((place) => {
    const base = placeFeature(place, geodata);
    const kind = place.kind === 'regional-capital' ? ('regional-capital' as const) : ('capital' as const);
    return { ...base, properties: { ...base.properties, kind } };
  });
  return { type: 'FeatureCollection', features };
}
