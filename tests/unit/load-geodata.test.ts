import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GEODATA_DIR, GeodataError, loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';

const dirs: string[] = [];
/** A copy of geodata/ with one file changed by `edit` (or removed when it returns null). */
function brokenCopy(file: string, edit: (text: string) => string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
  dirs.push(dir);
  cpSync(GEODATA_DIR, dir, { recursive: true });
  const result = edit(readFileSync(join(dir, file), 'utf8'));
  if (result === null) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), result);
  return dir;
}
/** Like brokenCopy, for an edit of the parsed JSON. */
const brokenJson = (file: string, edit: (json: any) => void) => // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures of any shape
  brokenCopy(file, (text) => {
    const json = JSON.parse(text);
    edit(json);
    return JSON.stringify(json);
  });
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const expectGeodataError = (dir: string, message: RegExp) => {
  expect(() => loadGeodata(dir)).toThrow(GeodataError);
  expect(() => loadGeodata(dir)).toThrow(message);
};

describe('loadGeodata', () => {
  test('reads and validates the committed geodata', () => {
    const geodata = loadGeodata();
    expect(geodata.places.length).toBeGreaterThan(5);
    expect(geodata.countries.features.length).toBeGreaterThan(20);
    expect(geodata.sources(['story'], 'test')[0]!.url).toMatch(/^https:\/\//);
  });

  test('a status that carries someone’s judgement must say whose', () => {
    const dir = brokenJson('places.json', (places) => {
      const kherson = places.find((p: { id: string }) => p.id === 'kherson');
      delete kherson.by;
    });
    expectGeodataError(dir, /geodata\/places\.json: kherson: status "seized" is someone's judgement: say whose, in "by"/);
  });

  test('a source on a copy site, or off its publisher’s site without a carrier, fails the build', () => {
    const scraped = brokenJson('sources.json', (sources) => (sources[1].url = 'https://mystylenews.com/world-news/x'));
    expectGeodataError(scraped, /geodata\/sources\.json: .*mystylenews\.com is a copy site/);
    const uncarried = brokenJson('sources.json', (sources) => {
      const iola = sources.find((s: { id: string }) => s.id === 'ap-3mar-iola');
      delete iola.carrier;
      delete iola.carrierReason;
    });
    expectGeodataError(uncarried, /ap-3mar-iola: .* is not on a site of Associated Press \(apnews\.com\), and the source names no carrier/);
  });

  test('a missing file fails with its name', () => {
    expectGeodataError(brokenCopy('places.json', () => null), /^geodata\/places\.json: cannot be read \(ENOENT\)/);
  });

  test('a file that is not JSON fails with its name', () => {
    expectGeodataError(brokenCopy('refugees.json', (t) => t.slice(0, 100)), /^geodata\/refugees\.json: is not valid JSON/);
  });

  test('an empty file fails rather than shipping an empty layer', () => {
    expectGeodataError(brokenCopy('countries.json', () => '{"type":"FeatureCollection","features":[]}'), /geodata\/countries\.json: features/);
  });

  test('a place without sources fails, naming the field', () => {
    const dir = brokenJson('places.json', (places) => (places[0].sourceIds = []));
    expectGeodataError(dir, /geodata\/places\.json: 0\.sourceIds: every feature needs at least one source/);
  });

  test('a date that is not ISO 8601 fails', () => {
    const dir = brokenJson('places.json', (places) => (places[3].date = '2 March 2022'));
    expectGeodataError(dir, /geodata\/places\.json: \d+\.date/);
  });

  test('a coordinate out of range fails', () => {
    const dir = brokenJson('places.json', (places) => (places[0].coordinates = [30.5234, 150.4501]));
    expectGeodataError(dir, /geodata\/places\.json: 0\.coordinates\.1/);
  });

  test('a breakdown that does not add up to its update’s total fails, naming the update', () => {
    const dir = brokenJson('refugees.json', (refugees) => (refugees.updates.at(-1).breakdown[0].count += 1));
    expectGeodataError(dir, /geodata\/refugees\.json: updates\.\d+\.breakdown: unhcr-2022-03-03-b: the breakdown adds up to 1038584, not 1038583/);
  });

  test('a breakdown that leaves out a country fails', () => {
    const dir = brokenJson('refugees.json', (refugees) => {
      const update = refugees.updates.at(-1);
      const [dropped] = update.breakdown.splice(6, 1);
      update.total -= dropped.count;
    });
    expectGeodataError(dir, /breakdown must name every flow exactly once/);
  });

  test('updates out of publication order fail', () => {
    const dir = brokenJson('refugees.json', (refugees) => refugees.updates.reverse());
    expectGeodataError(dir, /updates must be in publication order/);
  });

  test('a default day without a complete breakdown fails', () => {
    const dir = brokenJson('refugees.json', (refugees) => (refugees.drawnDate = '2022-02-27'));
    expectGeodataError(dir, /drawnDate must be a day with a complete breakdown/);
  });

  test('a negative or fractional count fails', () => {
    const dir = brokenJson('refugees.json', (refugees) => (refugees.updates.at(-1).breakdown[6].count = -357));
    expectGeodataError(dir, /geodata\/refugees\.json: updates\.\d+\.breakdown\.6\.count/);
  });

  test('a quote that is not the story\'s exact words fails', () => {
    const dir = brokenCopy('places.json', (t) => t.replace('The talks are happening in Belarus on the Ukrainian border.', 'The talks are on the Ukrainian border.'));
    expectGeodataError(dir, /geodata\/places\.json: talks-round-2: quote is not the story's exact words/);
  });

  test('a cited source that sources.json lacks fails when the layers are built', async () => {
    const dir = brokenJson('places.json', (places) => places[0].sourceIds.push('no-such-source'));
    await expect(buildLayerStore(loadGeodata(dir))).rejects.toThrow(
      'geodata/places.json: cites source "no-such-source", which sources.json does not have',
    );
  });

  test('a source URL that is not http(s) fails', () => {
    const dir = brokenCopy('sources.json', (t) => t.replace('"https://tass.com/world/1414641"', '"javascript:alert(1)"'));
    expectGeodataError(dir, /geodata\/sources\.json: \d+\.url/);
  });

  test('a layer’s own file is checked when its layer is built: a report outside 1–3 March fails, naming the file and the field', async () => {
    const dir = brokenJson('cities.json', (cities) => (cities[0].reports[0].date = '2022-03-04'));
    await expect(buildLayerStore(loadGeodata(dir))).rejects.toThrow(/geodata\/cities\.json: 0\.reports\.0\.date: reports of this layer are of 1–3 March 2022/);
  });

  test('a city that names no position, or a place another layer lacks, fails', async () => {
    const noPosition = brokenJson('cities.json', (cities) => delete cities[0].coordinates);
    await expect(buildLayerStore(loadGeodata(noPosition))).rejects.toThrow(/geodata\/cities\.json: 0: give either placeId or coordinates/);
    const noPlace = brokenJson('cities.json', (cities) => (cities[1].placeId = 'atlantis'));
    await expect(buildLayerStore(loadGeodata(noPlace))).rejects.toThrow('geodata/cities.json: kyiv-under-fire names place "atlantis", which places.json does not have');
  });

  test('a missing layer file fails with its name', async () => {
    const dir = brokenCopy('cities.json', () => null);
    await expect(buildLayerStore(loadGeodata(dir))).rejects.toThrow(/geodata\/cities\.json: cannot be read \(ENOENT\)/);
  });
});
