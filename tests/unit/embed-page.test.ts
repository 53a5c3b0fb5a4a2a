import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_INTERACTION_EVENTS, HYDRATE_AT_LATEST_MS, hydrateWhenDrawn } from '@/components/embed/client/hydrate-when-drawn';
import { embedHtmlFile } from '@/lib/embed/embed-build';
import { embedPageResponse } from '@/lib/embed/embed-page-response';
import { EMBED_DATA_ID, readEmbedPageData } from '@/lib/embed/embed-page-data';
import { MAP_BOOT_DONE_EVENT, finishBoot, type MapBootState } from '@/lib/map/boot/map-boot-state';

/** A window with events and timers, as hydrateWhenDrawn and finishBoot use it. */
function fakeWindow(boot?: Partial<MapBootState>) {
  const target = new EventTarget();
  const attributes = new Map<string, string>();
  return Object.assign(target, {
    __mapBoot: boot ? { map: null, claimed: false, error: null, failed: [], ...boot } : undefined,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
    attributes,
  }) as unknown as Window & { attributes: Map<string, string> };
}

describe('hydrateWhenDrawn', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the boot script’s map, then hydrates once', () => {
    const win = fakeWindow();
    const hydrate = vi.fn();
    hydrateWhenDrawn(win, hydrate);
    expect(hydrate).not.toHaveBeenCalled();
    finishBoot(win, true);
    expect(hydrate).toHaveBeenCalledTimes(1);
    expect(win.attributes.get('data-map-drawn')).toBe('true');
    win.dispatchEvent(new Event(MAP_BOOT_DONE_EVENT));
    win.dispatchEvent(new Event('pointerdown'));
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('hydrates at once when the boot script is already done, drawn or not', () => {
    for (const drawn of [true, false]) {
      const hydrate = vi.fn();
      hydrateWhenDrawn(fakeWindow({ done: true, drawn }), hydrate);
      expect(hydrate).toHaveBeenCalledTimes(1);
    }
  });

  it('hydrates on the reader’s first touch, click, key or focus, before the map is drawn', () => {
    for (const type of FIRST_INTERACTION_EVENTS) {
      const win = fakeWindow();
      const hydrate = vi.fn();
      hydrateWhenDrawn(win, hydrate);
      win.dispatchEvent(new Event(type));
      expect(hydrate, type).toHaveBeenCalledTimes(1);
    }
  });

  it('hydrates after the longest wait when the map never finishes (a slow network)', () => {
    vi.useFakeTimers();
    const hydrate = vi.fn();
    hydrateWhenDrawn(fakeWindow(), hydrate);
    vi.advanceTimersByTime(HYDRATE_AT_LATEST_MS - 1);
    expect(hydrate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });
});

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
