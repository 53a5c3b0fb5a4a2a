/**
 * Builds geodata/countries.json and geodata/crimea.json from Natural Earth 1:50m (world-atlas):
 * clipped to the region, Crimea drawn as Ukraine (UN GA resolution 68/262), coordinates rounded.
 * Run with `npm run build:basemap`; the outputs are committed, so the app never needs world-atlas.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewind } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COORDINATE_DECIMALS, CRIMEA_PROBE, ISO_RUSSIA, ISO_UKRAINE, REGION_BBOX } from '../lib/config';
import { clipToBbox } from '../lib/geo/clip-to-bbox';
import { reassignCrimea, type CountryFeature, type CountryProperties } from '../lib/geo/reassign-crimea';
import { roundCoordinates } from '../lib/geo/round-coordinates';

const root = join(import.meta.dirname, '..');
const topology = JSON.parse(
  readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;

const world = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const countries: CountryFeature[] = world.features.map((f) => ({
  type: 'Feature',
  properties: { iso: String(f.id ?? f.properties.name), name: f.properties.name } satisfies CountryProperties,
  geometry: f.geometry,
}));

const { countries: corrected, crimea } = reassignCrimea(countries, {
  fromIso: ISO_RUSSIA,
  toIso: ISO_UKRAINE,
  probe: CRIMEA_PROBE,
});
const clipped = clipToBbox(corrected, REGION_BBOX)
  .map((c) => ({ ...c, geometry: roundCoordinates(c.geometry, COORDINATE_DECIMALS) }))
  .map((c) => rewind(c, { reverse: false }) as CountryFeature)
  .sort((a, b) => a.properties.name.localeCompare(b.properties.name));

const write = (file: string, data: unknown) => {
  writeFileSync(join(root, 'geodata', file), JSON.stringify(data) + '\n');
  console.log(`geodata/${file}: ${JSON.stringify(data).length.toLocaleString('en')} bytes`);
};
write('countries.json', { type: 'FeatureCollection', features: clipped });
write('crimea.json', rewind({ ...crimea, geometry: roundCoordinates(crimea.geometry, COORDINATE_DECIMALS) }));
