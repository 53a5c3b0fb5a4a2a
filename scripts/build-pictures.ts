// The map as a picture (issue: share cards, newsletters, apps, no WebGL, print): for each edition
// and scheme, a 1200 x 630 share card and the map alone at 640 and 1280 wide, as PNGs named by
// their content in public/_pictures/, and their manifest in .pictures/ for the pages and the oEmbed
// answer. Drawn from the layers' own GeoJSON, style and palette (lib/picture/), with no browser.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadGeodata } from '../lib/geodata/load-geodata';
import { LOCALES, type Locale } from '../lib/i18n/locale';
import { buildLayerStore } from '../lib/layers/layer-store';
import type { ColorScheme } from '../lib/map/themes';
import { PICTURE_MANIFEST_FILE, PICTURES_DIR, PICTURES_PATH } from '../lib/picture/picture-manifest';
import { pictureWords } from '../lib/picture/picture-words';
import { PICTURE_KINDS, type PictureFile, type PictureKind, type PictureManifest } from '../lib/picture/picture-manifest';
import { pictureSvg } from '../lib/picture/pictures';
import { renderPng } from '../lib/picture/render-png';

const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

export async function buildPictures(): Promise<string> {
  const started = Date.now();
  mkdirSync(PICTURES_DIR, { recursive: true });
  const geodata = loadGeodata();
  const files = {} as PictureManifest['files'];
  const alt = {} as PictureManifest['alt'];
  const written = new Set<string>();
  let bytes = 0;
  for (const locale of LOCALES) {
    const store = await buildLayerStore(geodata, locale);
    alt[locale] = pictureWords(locale, store.refugees.snapshots.find((s) => s.date === store.refugees.defaultDate)!).alt;
    files[locale] = {} as Record<ColorScheme, Record<PictureKind, PictureFile>>;
    for (const scheme of SCHEMES) {
      files[locale][scheme] = {} as Record<PictureKind, PictureFile>;
      for (const kind of PICTURE_KINDS) {
        const { svg, width, height } = pictureSvg(kind, store, locale, scheme);
        const png = renderPng(svg);
        const name = `${kind}-${locale}-${scheme}-${createHash('sha256').update(png).digest('base64url').slice(0, 10)}.png`;
        writeFileSync(join(PICTURES_DIR, name), png);
        written.add(name);
        bytes += png.length;
        files[locale as Locale][scheme][kind] = { path: `${PICTURES_PATH}/${name}`, width, height };
      }
    }
  }
  for (const file of readdirSync(PICTURES_DIR)) if (!written.has(file)) rmSync(join(PICTURES_DIR, file));
  mkdirSync(dirname(PICTURE_MANIFEST_FILE), { recursive: true });
  writeFileSync(PICTURE_MANIFEST_FILE, JSON.stringify({ alt, files } satisfies PictureManifest, null, 1));
  return `pictures: ${written.size} PNGs, ${(bytes / 1024).toFixed(0)} KB, in ${Date.now() - started} ms`;
}

if (process.argv[1]?.endsWith('build-pictures.ts')) {
  buildPictures().then(
    (line) => console.log(line),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
