import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZodType } from 'zod';
import type { Source } from './source';
import type { CountryProperties } from '../geo/reassign-crimea';
import {
  copySitesSchema,
  countriesSchema,
  crimeaSchema,
  placesSchema,
  publishersSchema,
  refugeesSchema,
  sourcesSchema,
  type PlaceRecord,
  type PublisherRecord,
  type RefugeeData,
} from './schema';
import { needsAttribution } from './attribution';
import { sourceHostProblems } from './source-hosts';

/** Everything the layers are built from, read from `geodata/` and checked. */
export interface Geodata {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  crimea: Feature<Polygon, { name: string }>;
  places: PlaceRecord[];
  refugees: RefugeeData;
  /** The story's text, against which every quote is checked. */
  story: string;
  /** Returns `text` when it is the story's exact words; throws otherwise. */
  quote: (text: string, citedIn: string) => string;
  /** Every outlet the sources name (publishers.json). */
  publishers: PublisherRecord[];
  /** Looks up cited sources, with their publishers' names; throws for an id that sources.json lacks. */
  sources: (ids: readonly string[], citedIn: string) => Source[];
  /** Reads a layer's own file of geodata/ and checks it against its schema; throws a {@link GeodataError} naming the problem. */
  read: <T>(file: string, schema: ZodType<T>) => T;
}

/** A geodata file that is missing, is not JSON, or does not match its schema. */
export class GeodataError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`geodata/${file}: ${problem}`);
    this.name = 'GeodataError';
  }
}

/** Default folder: `geodata/` at the project root (the working directory of `next` and of the tests). */
export const GEODATA_DIR = join(process.cwd(), 'geodata');

/**
 * Reads and validates every file of `geodata/`. Any problem throws a {@link GeodataError} that
 * names the file and the problem, so a broken file fails the build and the tests instead of
 * shipping an empty layer.
 */
export function loadGeodata(dir: string = GEODATA_DIR): Geodata {
  const read = (file: string): string => {
    try {
      // The folder is chosen at run time (tests pass broken fixtures); next.config.mjs traces geodata/.
      return readFileSync(join(/* turbopackIgnore: true */ dir, file), 'utf8');
    } catch (error) {
      throw new GeodataError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  };
  const parse = <T>(file: string, schema: ZodType<T>): T => {
    let json: unknown;
    try {
      json = JSON.parse(read(file));
    } catch (error) {
      if (error instanceof GeodataError) throw error;
      throw new GeodataError(file, `is not valid JSON (${(error as Error).message})`);
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : '(root)';
      throw new GeodataError(file, `${where}: ${issue?.message ?? 'does not match its schema'}`);
    }
    return result.data;
  };

  const sourceList = parse('sources.json', sourcesSchema);
  const publishers = parse('publishers.json', publishersSchema);
  const problem = sourceHostProblems(sourceList, publishers, parse('copy-sites.json', copySitesSchema))[0];
  if (problem) throw new GeodataError('sources.json', problem);
  const publisherName = new Map(publishers.map((p) => [p.id, p.name]));
  const sourceById = new Map(
    sourceList.map(({ publisher, carrier, ...source }): [string, Source] => [
      source.id,
      { ...source, publisher: publisherName.get(publisher)!, ...(carrier ? { carrier: publisherName.get(carrier)! } : {}) },
    ]),
  );
  const story = read('story.txt');
  const places = parse('places.json', placesSchema);
  const refugees = parse('refugees.json', refugeesSchema);

  for (const place of places) {
    if (place.quote !== undefined && !story.includes(place.quote)) {
      throw new GeodataError('places.json', `${place.id}: quote is not the story's exact words`);
    }
    if (!place.by && needsAttribution(place.status)) {
      throw new GeodataError('places.json', `${place.id}: status "${place.status}" is someone's judgement: say whose, in "by"`);
    }
  }
  const ids = [...places.map((p) => p.id), ...refugees.flows.map((f) => f.id), ...refugees.crossings.map((c) => c.id)];
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new GeodataError('places.json', `id ${duplicate} is used twice`);

  return {
    countries: parse('countries.json', countriesSchema) as Geodata['countries'],
    crimea: parse('crimea.json', crimeaSchema) as Geodata['crimea'],
    places,
    refugees,
    story,
    publishers,
    quote: (text, citedIn) => {
      if (!story.includes(text)) throw new GeodataError(citedIn, `quote is not the story's exact words: "${text}"`);
      return text;
    },
    sources: (ids, citedIn) =>
      ids.map((id) => {
        const source = sourceById.get(id);
        if (!source) throw new GeodataError(citedIn, `cites source "${id}", which sources.json does not have`);
        return source;
      }),
    read: parse,
  };
}

/** When geodata/ last changed: the newest modification time of its files, as a string (a development server reads it again on change). */
export function geodataVersion(dir = GEODATA_DIR): string {
  const newest = (folder: string): number =>
    Math.max(0, ...readdirSync(/* turbopackIgnore: true */ folder, { withFileTypes: true }).map((entry) => {
      const path = join(/* turbopackIgnore: true */ folder, entry.name);
      return entry.isDirectory() ? newest(path) : statSync(/* turbopackIgnore: true */ path).mtimeMs;
    }));
  return String(newest(dir));
}
