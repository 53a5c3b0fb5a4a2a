import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../i18n/locale';
import type { PictureFile, PictureManifest } from './pictures';

/** Where the build writes the pictures' PNGs (served, named by content) and their manifest (not served). */
export const PICTURES_DIR = join('public', '_pictures');
export const PICTURES_PATH = '/_pictures';
export const PICTURE_MANIFEST_FILE = join('.pictures', 'manifest.json');

/** The pictures the build made (scripts/build-pictures.ts), or null where none were (a unit test, a fresh checkout). */
export function readPictureManifest(file = PICTURE_MANIFEST_FILE): PictureManifest | null {
  try {
    return JSON.parse(readFileSync(join(/* turbopackIgnore: true */ process.cwd(), file), 'utf8')) as PictureManifest;
  } catch {
    return null;
  }
}

/** What a page of an edition shows of the pictures: its share card, the map at both widths in both schemes, and their alt text. */
export interface PagePictures {
  alt: string;
  card: PictureFile;
  light: { small: PictureFile; large: PictureFile };
  dark: { small: PictureFile; large: PictureFile };
  /** Each edition's large light picture and its alt text, for the embed dialog's snippets in either language. */
  editions: Record<Locale, PictureFile & { alt: string }>;
}

/** An edition's pictures, from the manifest. */
export function pagePictures(manifest: PictureManifest, locale: Locale): PagePictures {
  const files = manifest.files[locale];
  return {
    alt: manifest.alt[locale],
    card: files.light.card,
    light: { small: files.light['map-640'], large: files.light['map-1280'] },
    dark: { small: files.dark['map-640'], large: files.dark['map-1280'] },
    editions: Object.fromEntries(LOCALES.map((l) => [l, { ...manifest.files[l].light['map-1280'], alt: manifest.alt[l] }])) as PagePictures['editions'],
  };
}
