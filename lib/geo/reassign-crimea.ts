import { booleanPointInPolygon, featureCollection, polygon as turfPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** A country of the basemap as Natural Earth gives it: ISO 3166-1 numeric code and English name. */
export interface CountryProperties {
  /** ISO 3166-1 numeric code as a string ("804" = Ukraine); Natural Earth's name where it has none. */
  iso: string;
  name: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;

/** What {@link reassignCrimea} returns: the corrected countries and the peninsula on its own. */
export interface CrimeaReassignment {
  countries: CountryFeature[];
  crimea: Feature<Polygon, { name: string }>;
}

/**
 * Natural Earth draws Crimea (with Sevastopol) inside Russia's MultiPolygon. This map follows UN
 * General Assembly resolution 68/262 (27 March 2014): the part of `fromIso`'s MultiPolygon that
 * contains `probe` is removed from it and merged into `toIso`'s territory, and returned on its own
 * so that the map can hatch it as annexed. The input is not mutated.
 *
 * @throws Error when either country is missing or no part of `fromIso` contains `probe`.
 * @example reassignCrimea(countries, { fromIso: '643', toIso: '804', probe: [34.1, 44.95] })
 */
export function reassignCrimea(
  countries: readonly CountryFeature[],
  options: { fromIso: string; toIso: string; probe: Position },
): CrimeaReassignment {
  const { fromIso, toIso, probe } = options;
  const from = countries.find((c) => c.properties.iso === fromIso);
  const to = countries.find((c) => c.properties.iso === toIso);
  if (!from) throw new Error(`country ${fromIso} is missing`);
  if (!to) throw new Error(`country ${toIso} is missing`);

  const parts = from.geometry.type === 'Polygon' ? [from.geometry.coordinates] : from.geometry.coordinates;
  const index = parts.findIndex((rings) => booleanPointInPolygon(probe, turfPolygon(rings)));
  if (index < 0) throw new Error(`no polygon of country ${fromIso} contains [${probe.join(', ')}]`);
  const peninsula = parts[index] as Position[][];
  const remaining = parts.filter((_, i) => i !== index);

  const merged = union(featureCollection([to, turfPolygon(peninsula)]));
  if (!merged) throw new Error(`merging the peninsula into country ${toIso} produced nothing`);

  const reassigned = countries.map((c): CountryFeature => {
    if (c === from) {
      return {
        ...c,
        geometry:
          remaining.length === 1
            ? { type: 'Polygon', coordinates: remaining[0] as Position[][] }
            : { type: 'MultiPolygon', coordinates: remaining },
      };
    }
    if (c === to) return { ...c, geometry: merged.geometry };
    return c;
  });
  return {
    countries: reassigned,
    crimea: { type: 'Feature', properties: { name: 'Crimea' }, geometry: { type: 'Polygon', coordinates: peninsula } },
  };
}
