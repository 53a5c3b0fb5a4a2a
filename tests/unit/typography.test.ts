import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EmbedApp } from '@/components/embed/EmbedApp';
import { MapApp } from '@/components/map/MapApp';
import { PageRoot } from '@/components/page/PageDocument';
import type { PageApp } from '@/components/page/PageTree';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { LOCALES, type Locale } from '@/lib/i18n/locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { typographyProblems } from '@/lib/i18n/typography';
import { getLayerStore } from '@/lib/layers/layer-store';
import { LAYERS } from '@/lib/layers/layers';
import { editionPageData } from '@/lib/page/edition-page-data';

// Every string each edition shows, against its house style (lib/i18n/typography.ts): the catalogue,
// the features' translations, the layer modules' words, the served layers and the rendered pages.

const geodata = loadGeodata();
const sources = JSON.parse(readFileSync('geodata/sources.json', 'utf8')) as { title?: string; url: string }[];
/** Names and titles that stay as published, in any script: outlets, sources' titles, their hosts. */
const NAMES = [
  ...geodata.publishers.flatMap((p) => [p.name, ...(p.short ? [p.short] : []), ...(p.nameUk ? [p.nameUk] : [])]),
  ...sources.flatMap((s) => [...(s.title ? [s.title] : []), new URL(s.url).hostname.replace(/^www\./, '')]),
  'Natural Earth',
];

/** Every string leaf of a value, with its path; functions are called with sample arguments. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') out.push([path, String((value as (...a: unknown[]) => unknown)(...Array(value.length).fill(5)))]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** The problems of each string, as "path: rule — excerpt" lines (empty: all pass). */
function problemsOf(list: [string, string][], locale: Locale): string[] {
  return list.flatMap(([path, text]) => typographyProblems(text, locale, NAMES).map((p) => `${path}: ${p.rule} — «${p.excerpt}»`));
}

/**
 * The properties in which a served feature speaks to a reader in the edition's words; codes (kind,
 * priority, ids, dates), quotes and sources' titles and names are not ours to set.
 */
const TEXT_KEYS = new Set(['name', 'label', 'status', 'by', 'summary', 'quoteTranslation', 'quoteNote', 'positionNote', 'caveat', 'casualties', 'confidenceNote', 'country', 'text', 'note', 'later', 'possibleSites', 'reports', 'sources', 'nearestBorder']);

function featureStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => featureStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (TEXT_KEYS.has(k)) featureStrings(v, `${path}.${k}`, out);
  return out;
}

/** A page's text as a reader sees it, without what is marked as another language (quotes, sources' titles). */
async function pageText(app: PageApp, locale: Locale): Promise<string> {
  const data = await editionPageData(locale);
  const { document } = parseHTML(`<!DOCTYPE html><html lang="${locale}"><body>${renderToString(createElement(PageRoot, { app, locale, data }))}</body></html>`);
  for (const el of document.querySelectorAll('[lang], script, style, svg')) if (el.getAttribute('lang') !== locale) el.remove();
  // Block elements end a line: text from two cells must not run together.
  for (const el of document.querySelectorAll('p, li, td, th, h1, h2, h3, dt, dd, div, button, label, figcaption, caption, summary')) el.append(document.createTextNode('\n'));
  return document.body.textContent ?? '';
}

describe.each(LOCALES)('the %s edition’s typography', (locale) => {
  test('the catalogue of interface words', () => {
    // The link to the other edition is in that edition's language, marked so (lang) on the page.
    const catalogue: Partial<(typeof MESSAGES)[Locale]> = { ...MESSAGES[locale] };
    delete catalogue.otherEdition;
    expect(problemsOf(strings(catalogue, 'messages'), locale)).toEqual([]);
  });

  test('the layer modules’ words: titles, descriptions, key, words, tour', () => {
    const list = LAYERS.flatMap((layer) =>
      strings({ title: layer.title[locale], description: layer.description[locale], legend: layer.legend.map((l) => l.text[locale]), words: layer.words?.title[locale], rule: layer.words?.rule?.[locale], tour: layer.tour && { title: layer.tour.title[locale], caption: layer.tour.caption[locale] } }, layer.id),
    );
    expect(problemsOf(list, locale)).toEqual([]);
  });

  test('every served layer: what its features say', async () => {
    const store = await getLayerStore(locale);
    const list = LAYERS.flatMap((layer) => store.layers[layer.id].collection.features.flatMap((f) => featureStrings(f.properties, `${layer.id}/${String(f.properties?.id)}`)));
    expect(problemsOf(list, locale)).toEqual([]);
  });

  for (const [kind, app] of [['map', MapApp], ['embed', EmbedApp]] as const) {
    test(`the rendered ${kind} page`, async () => {
      const text = await pageText(app, locale);
      expect(text.length).toBeGreaterThan(2000);
      expect(problemsOf(text.split('\n').map((line, i) => [`line ${i}`, line]), locale)).toEqual([]);
    });
  }
});

test('the Ukrainian features’ translations, every string', () => {
  const uk = JSON.parse(readFileSync('geodata/translations/uk.json', 'utf8'));
  expect(problemsOf(strings(uk, 'uk.json'), 'uk')).toEqual([]);
});

test('the checker finds what it should, and passes what is right', () => {
  const rules = (text: string, locale: Locale = 'uk') => typographyProblems(text, locale, ['Reuters']).map((p) => p.rule);
  expect(rules('1 038 583 людини')).toEqual(['ordinary space inside a number', 'ordinary space inside a number']);
  expect(rules('1\u00a0038\u00a0583 людини, 52,8\u00a0%, 87\u00a0км (Reuters)')).toEqual([]);
  expect(rules('52,8 %')).toEqual(['ordinary space before a unit']);
  expect(rules('версію карти .')).toEqual(['space before punctuation']);
  expect(rules('«так» і "ні"')).toEqual(['straight quotes', 'straight quotes']);
  expect(rules('Шегині – Медика')).toEqual(['spaced en dash or hyphen used as a dash']);
  expect(rules('Крим — частина України')).toEqual(['ordinary space before an em dash']);
  expect(rules('Крим\u00a0— частина України; 87–90\u00a0км')).toEqual([]);
  expect(rules('оприлюднено 3\u00a0березня 2022')).toEqual(['date with a year and no «року»']);
  expect(rules('оприлюднено 3\u00a0березня 2022\u00a0року; 3\u00a0березня 2022\u00a0р.')).toEqual([]);
  expect(rules('by 08:30 GMT')).toEqual(['an English abbreviation of time', 'an English word: by', 'an English word: GMT']);
  expect(rules('райони, які контролюють сили, підтримувані Росією')[0]).toMatch(/^not in the house style/);
  expect(rules('52.8 %', 'en')).toEqual(['space before a percent sign']);
  expect(rules('87 km (54\u00a0mi)', 'en')).toEqual(['ordinary space before a unit']);
});
