import type { FeatureCollection, Point } from 'geojson';
import type { Geodata } from '../../geodata/load-geodata';
import { placeFeature, placesOf } from '../place-feature';
import type { KyivProperties } from './definition';

/** Kyiv, the capital, where Zelenskyy's office announced the talks. */
export function buildKyivLayer(geodata: Geodata): FeatureCollection<Point, KyivProperties> {
  const features = placesOf(geodata, 'kyiv').map((place) => {
    const base = placeFeature(place, geodata);
    return { ...base, properties: { ...base.properties, kind: 'capital' as const } };
  });
  return { type: 'FeatureCollection', features };
}
