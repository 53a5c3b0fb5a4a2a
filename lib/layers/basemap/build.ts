import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { ISO_RUSSIA, ISO_UKRAINE, MAP_DATE } from '../../config';
import type { Geodata } from '../../geodata/load-geodata';
import type { AnnexedTerritoryProperties, BasemapProperties, CountryProperties } from './definition';

/** Countries of the region (Natural Earth), Ukraine in focus, plus Crimea's annexation overlay. */
export function buildBasemapLayer(geodata: Geodata): FeatureCollection<Polygon | MultiPolygon, BasemapProperties> {
  const naturalEarth = geodata.sources(['natural-earth'], 'sources.json');
  const crimeaSources = geodata.sources(['un-res-68-262', 'natural-earth'], 'sources.json');
  const countries = geodata.countries.features.map((c) => {
    const focus = c.properties.iso === ISO_UKRAINE;
    const properties: CountryProperties = {
      id: `country-${c.properties.iso.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      name: c.properties.name,
      kind: 'country',
      iso: c.properties.iso,
      focus,
      date: MAP_DATE,
      summary: focus
        ? "Ukraine's internationally recognised borders, Crimea included (UN General Assembly resolution 68/262)."
        : c.properties.iso === ISO_RUSSIA
          ? 'Russia, without Crimea: Natural Earth draws the peninsula inside Russia; this map follows resolution 68/262.'
          : `${c.properties.name}: Natural Earth 1:50m borders.`,
      sources: focus || c.properties.iso === ISO_RUSSIA ? crimeaSources : naturalEarth,
    };
    return { type: 'Feature' as const, id: properties.id, properties, geometry: c.geometry };
  });
  const crimea: AnnexedTerritoryProperties = {
    id: 'crimea',
    name: 'Crimea: annexed by Russia in 2014',
    kind: 'annexed-territory',
    annexedBy: 'Russia',
    annexedYear: 2014,
    date: MAP_DATE,
    summary:
      'Part of Ukraine under international law: UN General Assembly resolution 68/262 (27 March 2014) affirms Ukraine\'s territorial integrity. Occupied and annexed by Russia in 2014.',
    sources: crimeaSources,
  };
  return {
    type: 'FeatureCollection',
    features: [...countries, { type: 'Feature', id: 'crimea', properties: crimea, geometry: geodata.crimea.geometry }],
  };
}
