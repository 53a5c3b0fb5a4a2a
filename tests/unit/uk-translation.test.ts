import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildLayerStore } from '@/lib/layers/layer-store';
import { LAYERS } from '@/lib/layers/layers';

// geodata/translations/uk.json: the Ukrainian text of every feature, by id, and of UNHCR's series,
// for the Ukrainian edition. These tests keep it whole and its figures equal to the English.

type Texts = Record<string, unknown>;
const uk = JSON.parse(readFileSync(join(process.cwd(), 'geodata/translations/uk.json'), 'utf8')) as {
  story: Record<string, string>;
  features: Record<string, Texts & { reports?: string[] }>;
  sources: Record<string, Texts>;
  refugees: { notes: string[]; gaps: Record<string, string>; updates: Record<string, Texts> };
};
const geodata = loadGeodata();
const cities = JSON.parse(readFileSync(join(process.cwd(), 'geodata/cities.json'), 'utf8')) as (Texts & { id: string; reports: { text: string }[] })[];

/** The figures of a text, whatever the language's grouping and decimal sign: "1,038,583" and "1 038 583" → "1038583". */
function figures(text: string): string[] {
  // «понад мільйон» is «more than 1 million»: a Ukrainian desk writes the word, not «1 мільйон».
  const plain = text.replace(/(?<!\d[\u00a0 ])мільйон/g, '1 мільйон').replace(/\bone[- ]million\b/gi, '1 million').replace(/(?<=\d)[,\u00a0\u202f ](?=\d{3}(\D|$))/g, '').replace(/(?<=\d),(?=\d)/g, '.');
  return (plain.match(/\d+(?:\.\d+)?/g) ?? []).sort();
}

/** Same fields translated, with the same figures, and nothing in Latin script beyond names of outlets. */
function expectTranslated(id: string, english: Texts, ukrainian: Texts | undefined, fields: readonly string[]) {
  expect(ukrainian, `${id}: no Ukrainian text`).toBeDefined();
  for (const field of fields) {
    if (typeof english[field] !== 'string') continue;
    const text = ukrainian![field];
    expect(typeof text, `${id}.${field}: missing`).toBe('string');
    expect(figures(text as string), `${id}.${field}: the figures differ from the English`).toEqual(figures(english[field] as string));
    // Who said it may be outlets alone ("AP; The New York Times"), whose names stay as published.
    if (!(field === 'by' && text === english[field])) expect(text as string, `${id}.${field}`).toMatch(/[а-яіїєґ]/i);
  }
}

describe('the Ukrainian text of geodata/', () => {
  test('every place: name, status, summary, and its quote, label and notes where the English has them', () => {
    for (const place of geodata.places) {
      expectTranslated(place.id, place as unknown as Texts, uk.features[place.id], ['name', 'label', 'status', 'by', 'summary', 'quoteNote', 'positionNote']);
    }
  });

  test('every city under fire: each report in order, with the same figures', () => {
    for (const city of cities) {
      expectTranslated(city.id, city, uk.features[city.id], ['name', 'status', 'by', 'summary', 'casualties', 'confidenceNote']);
      expect(uk.features[city.id]!.reports, city.id).toHaveLength(city.reports.length);
      city.reports.forEach((report, i) => expect(figures(uk.features[city.id]!.reports![i]!), `${city.id} report ${i}`).toEqual(figures(report.text)));
    }
  });

  test('the refugee records: notes, gaps, cut-offs, countries and crossings', () => {
    const { refugees } = geodata;
    expect(uk.refugees.notes).toHaveLength(refugees.notes.length);
    refugees.notes.forEach((note, i) => expect(figures(uk.refugees.notes[i]!)).toEqual(figures(note)));
    for (const gap of refugees.gaps) expect(figures(uk.refugees.gaps[gap.date]!), gap.date).toEqual(figures(gap.note));
    for (const update of refugees.updates) expectTranslated(update.id, update as unknown as Texts, uk.refugees.updates[update.id], ['cutoff', 'time']);
    for (const flow of refugees.flows) expectTranslated(flow.id, flow as unknown as Texts, uk.features[flow.id], ['country', 'note']);
    for (const crossing of refugees.crossings) expectTranslated(crossing.id, crossing as unknown as Texts, uk.features[crossing.id], ['name', 'country']);
  });

  test('every source’s note and reason for a later date, in Ukrainian with the same figures; titles and names stay as published', () => {
    const sources = JSON.parse(readFileSync(join(process.cwd(), 'geodata/sources.json'), 'utf8')) as (Texts & { id: string })[];
    for (const source of sources.filter((s) => s.note || s.later)) expectTranslated(source.id, source, uk.sources[source.id], ['note', 'later']);
    expect(Object.keys(uk.sources).filter((id) => !sources.some((s) => s.id === id))).toEqual([]);
  });

  test('every sentence of the story a feature or a tour step quotes has one translation, with the same figures', async () => {
    const store = await buildLayerStore(geodata);
    const quotes = new Set(Object.values(store.layers).flatMap((l) => l.collection.features.map((f) => f.properties?.quote).filter((q): q is string => typeof q === 'string')));
    expect(quotes.size).toBeGreaterThan(4);
    for (const quote of quotes) {
      expect(uk.story[quote], `no translation of: ${quote}`).toBeDefined();
      expect(figures(uk.story[quote]!), quote).toEqual(figures(quote));
    }
    // The tour's translations (in the layer modules, which the browser loads) are the same words.
    for (const layer of LAYERS) if (layer.tour) expect(layer.tour.quoteTranslation.uk, layer.id).toBe(uk.story[layer.tour.quote]);
  });

  test('every entry is a feature’s, by its id, or a refugee flow’s (one entry for every day’s arrow)', async () => {
    const store = await buildLayerStore(geodata);
    const ids = new Set([...Object.values(store.layers).flatMap((l) => l.collection.features.map((f) => String(f.properties?.id))), ...geodata.refugees.flows.map((f) => f.id)]);
    expect(Object.keys(uk.features).filter((id) => !ids.has(id))).toEqual([]);
  });

  test('the standard Ukrainian names of the story’s places', () => {
    const names = Object.fromEntries(geodata.places.map((p) => [p.id, uk.features[p.id]!.name]));
    expect(names).toMatchObject({ kyiv: 'Київ', kherson: 'Херсон', mariupol: 'Маріуполь', minsk: 'Мінськ', moscow: 'Москва', brest: 'Брест' });
  });
});
