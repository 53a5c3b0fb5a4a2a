import { length, multiLineString } from '@turf/turf';
import type { FeatureCollection, MultiLineString, Position } from 'geojson';
import { ISO_UKRAINE, MAP_DATE, SEA_OF_AZOV_AREA } from '../../config';
import { coastline } from '../../geo/coastline';
import { splitLinesByArea } from '../../geo/split-lines-by-area';
import type { Geodata } from '../../geodata/load-geodata';
import { round1 } from '../place-feature';
import type { CoastProperties } from './definition';

const QUOTE =
  'The talks happen on the day Russian forces have seized a strategic Ukrainian seaport and besieged another as part of efforts to cut the country off from its coastline.';

/** Ukraine's coastline (Crimea included), split into its Black Sea and Sea of Azov stretches. */
export function buildCoastLayer(geodata: Geodata): FeatureCollection<MultiLineString, CoastProperties> {
  const ukraine = geodata.countries.features.find((c) => c.properties.iso === ISO_UKRAINE);
  if (!ukraine) throw new Error('geodata/countries.json: Ukraine is missing');
  const neighbours = geodata.countries.features.filter((c) => c !== ukraine);
  const coast = coastline(ukraine, neighbours);
  const { inside: azov, outside: black } = splitLinesByArea(coast.geometry.coordinates, SEA_OF_AZOV_AREA);
  const sources = geodata.sources(['story', 'ap-3mar-iola', 'natural-earth'], 'sources.json');
  const feature = (sea: CoastProperties['sea'], lines: Position[][]) => {
    const id = sea === 'Black Sea' ? 'coast-black-sea' : 'coast-sea-of-azov';
    const properties: CoastProperties = {
      id,
      name: `Ukraine's ${sea} coast`,
      kind: 'coastline',
      sea,
      lengthKm: round1(length(multiLineString(lines), { units: 'kilometers' })),
      date: MAP_DATE,
      summary:
        sea === 'Sea of Azov'
          ? "Ukraine's Azov coast, with Mariupol (besieged, AP reported) and Berdiansk (captured on 27 February, its mayor said). Russian forces were pressing along it to cut Ukraine off from the sea, AP reported."
          : "Ukraine's Black Sea coast, Crimea's included, with Kherson (seized, AP reported), Mykolaiv and Odesa. The map marks the ports, not a front line: the sources of 3 March do not fix how much of the coast Russian forces held.",
      quote: geodata.quote(QUOTE, 'lib/layers/coast/build.ts'),
      sources,
    };
    return { type: 'Feature' as const, id, properties, geometry: { type: 'MultiLineString' as const, coordinates: lines } };
  };
  return { type: 'FeatureCollection', features: [feature('Black Sea', black), feature('Sea of Azov', azov)] };
}
