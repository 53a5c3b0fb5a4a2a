import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPageResponse } from '@/lib/page/built-page-response';
import { PAGE_HTML_DIR, pageHtmlFile } from '@/lib/page/page-build';
import { PAGE_DATA_ID, readPageData } from '@/lib/page/page-data';

describe('readPageData', () => {
  const doc = (text: string | null) => ({ getElementById: (id: string) => (id === PAGE_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null) });
  const data = { days: { dates: ['2022-03-03'], defaultDate: '2022-03-03' }, refugees: { snapshots: [] }, words: { layers: [] } };

  it('reads the props the page was rendered with', () => {
    expect(readPageData(doc(JSON.stringify(data)))).toEqual(data);
  });

  it('says what is wrong when the block is missing or is not the page’s data', () => {
    expect(() => readPageData(doc(null))).toThrow(/no #page-data block/);
    expect(() => readPageData(doc('{"days":{}}'))).toThrow(/does not hold/);
    expect(() => readPageData(doc('null'))).toThrow(/does not hold/);
  });
});

describe('pageHtmlFile', () => {
  it('gives each page of each edition its own file', () => {
    const files = (['map', 'embed'] as const).flatMap((kind) => (['en', 'uk'] as const).map((locale) => pageHtmlFile(kind, locale)));
    expect(new Set(files).size).toBe(4);
    expect(pageHtmlFile('map', 'uk')).toBe(join(PAGE_HTML_DIR, 'map-uk.html'));
  });
});

describe('builtPageResponse', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('answers with the built page of the kind and edition asked for, as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    process.chdir(dir);
    mkdirSync(PAGE_HTML_DIR);
    writeFileSync(pageHtmlFile('embed', 'uk'), '<!DOCTYPE html><html lang="uk"><title>embed</title></html>');
    writeFileSync(pageHtmlFile('map', 'uk'), '<!DOCTYPE html><html lang="uk"><title>map</title></html>');
    const response = await builtPageResponse('map', 'uk');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!DOCTYPE html><html lang="uk"><title>map</title></html>');
    expect(await (await builtPageResponse('embed', 'uk')).text()).toContain('<title>embed</title>');
    process.chdir(cwd);
    rmSync(dir, { recursive: true });
  });

  it('says how to build the page when it is missing: a problem+json 500, not a blank page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    process.chdir(dir);
    const response = await builtPageResponse('embed', 'en');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/\.pages\/embed-en\.html is missing: run "npm run build"/);
    process.chdir(cwd);
    rmSync(dir, { recursive: true });
  });
});
