import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embedHtmlFile } from '@/lib/embed/embed-build';
import { embedPageResponse } from '@/lib/embed/embed-page-response';
import { EMBED_DATA_ID, readEmbedPageData } from '@/lib/embed/embed-page-data';

describe('readEmbedPageData', () => {
  const doc = (text: string | null) => ({ getElementById: (id: string) => (id === EMBED_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null) });
  const data = { days: { dates: ['2022-03-03'], defaultDate: '2022-03-03' }, refugees: { snapshots: [] }, words: { layers: [] } };

  it('reads the props the embed was rendered with', () => {
    expect(readEmbedPageData(doc(JSON.stringify(data)))).toEqual(data);
  });

  it('says what is wrong when the block is missing or is not the embed’s data', () => {
    expect(() => readEmbedPageData(doc(null))).toThrow(/no #embed-data block/);
    expect(() => readEmbedPageData(doc('{"days":{}}'))).toThrow(/does not hold/);
    expect(() => readEmbedPageData(doc('null'))).toThrow(/does not hold/);
  });
});

describe('embedPageResponse', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('answers with the built page of the edition, as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-'));
    process.chdir(dir);
    mkdirSync('.embed');
    writeFileSync(embedHtmlFile('uk'), '<!DOCTYPE html><html lang="uk"></html>');
    const response = await embedPageResponse('uk');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!DOCTYPE html><html lang="uk"></html>');
    process.chdir(cwd);
    rmSync(dir, { recursive: true });
  });

  it('says how to build the page when it is missing: a problem+json 500, not a blank page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-'));
    process.chdir(dir);
    const response = await embedPageResponse('en');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/\.embed\/en\.html is missing: run "npm run build"/);
    process.chdir(cwd);
    rmSync(dir, { recursive: true });
  });
});
