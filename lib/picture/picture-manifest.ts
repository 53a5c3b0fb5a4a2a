import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locale';
import type { ColorScheme } from '../map/themes';

export const PICTURE_KINDS = ['card', 'map-640', 'map-1280'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** A picture as the pages and the oEmbed answer name it. */
export interface PictureFile {
  /** Its URL path, under /_pictures/, with its content's hash in the name. */
  path: string;
  width: number;
  height: number;
}

/** Every picture, by edition, scheme and kind, with each edition's alt text: .pictures/manifest.json. */
export interface PictureManifest {
  alt: Record<Locale, string>;
  files: Record<Locale, Record<ColorScheme, Record<PictureKind, PictureFile>>>;
}

/** Where the build writes the pictures' PNGs (served, named by content) and their manifest (not served). */
export const PICTURES_DIR = join('public', '_pictures');
export const PICTURES_PATH = '/_pictures';
export const PICTURE_MANIFEST_FILE = join('.pictures', 'manifest.json');

const file = z.object({ path: z.string().startsWith(`${PICTURES_PATH}/`), width: z.number().int().positive(), height: z.number().int().positive() });
const kinds = z.object(Object.fromEntries(PICTURE_KINDS.map((kind) => [kind, file])) as Record<(typeof PICTURE_KINDS)[number], typeof file>);
const byLocale = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(LOCALES.map((locale) => [locale, value])) as Record<Locale, T>);
/** The manifest's shape: every edition, scheme and kind. One that is not (an older build's, a partial one) is no manifest. */
const pictureManifestSchema = z.object({ alt: byLocale(z.string().min(1)), files: byLocale(z.object({ light: kinds, dark: kinds })) });

let cached: { file: string; mtimeMs: number; manifest: PictureManifest | null } | undefined;

/**
 * The pictures the build made (scripts/build-pictures.ts), or null where none were (a unit test, a
 * fresh checkout) or where the file is not a whole manifest: the pages and the oEmbed answer then go
 * without pictures rather than fail. Read again only when the file changes.
 */
export function readPictureManifest(manifestFile = PICTURE_MANIFEST_FILE): PictureManifest | null {
  const path = join(/* turbopackIgnore: true */ process.cwd(), manifestFile);
  try {
    const { mtimeMs } = statSync(path);
    if (cached?.file === path && cached.mtimeMs === mtimeMs) return cached.manifest;
    const parsed = pictureManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) console.warn(`${manifestFile} is not a whole picture manifest; pages go without pictures until the next build.`);
    cached = { file: path, mtimeMs, manifest: parsed.success ? (parsed.data as PictureManifest) : null };
    return cached.manifest;
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
