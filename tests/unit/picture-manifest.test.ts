import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { LOCALES } from '@/lib/i18n/locale';
import { PICTURE_KINDS, pagePictures, readPictureManifest } from '@/lib/picture/picture-manifest';

const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A manifest file under a fresh name (the reader keeps the last file it read), relative to the working directory as the build's is. */
let n = 0;
const write = (content: unknown) => {
  const path = join(dir, `manifest-${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return relative(process.cwd(), path);
};
const pictureFile = (name: string) => ({ path: `/_pictures/${name}.png`, width: 640, height: 466 });
const whole = () => ({
  alt: Object.fromEntries(LOCALES.map((l) => [l, `Map (${l})`])),
  files: Object.fromEntries(LOCALES.map((l) => [l, Object.fromEntries(['light', 'dark'].map((s) => [s, Object.fromEntries(PICTURE_KINDS.map((k) => [k, pictureFile(`${k}-${l}-${s}`)]))]))])),
});

describe('readPictureManifest', () => {
  test('reads a whole manifest, and the page takes its edition’s pictures from it', () => {
    const manifest = readPictureManifest(write(whole()));
    expect(manifest).not.toBeNull();
    expect(pagePictures(manifest!, 'uk').light.small.path).toBe('/_pictures/map-640-uk-light.png');
  });

  test('no file, a file that is not JSON, or a partial manifest (an edition or a kind missing): no pictures, never a throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readPictureManifest(join('no', 'such', 'manifest.json'))).toBeNull();
    expect(readPictureManifest(write('{ not json'))).toBeNull();
    const noUkrainian = whole();
    delete (noUkrainian.files as Record<string, unknown>).uk;
    expect(readPictureManifest(write(noUkrainian))).toBeNull();
    const noCard = whole();
    delete (noCard.files.en as Record<string, Record<string, unknown>>).dark!.card;
    expect(readPictureManifest(write(noCard))).toBeNull();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
