// What the page builder (./page-builder.ts) renders the pages from, bundled on its own so that a
// change to a component does not make it read geodata/ again.
import { loadGeodata } from '../../lib/geodata/load-geodata';
import { LOCALES, type Locale } from '../../lib/i18n/locale';
import { buildLayerStore } from '../../lib/layers/layer-store';
import { pageDataOf } from '../../lib/page/edition-page-data';
import { readPictureManifest } from '../../lib/picture/picture-manifest';
import type { PageData } from '../../lib/page/page-data';

/** Each edition's page data, from geodata/ as it is on disk now (no cache: the builder decides when). */
export async function pageDataByLocale(): Promise<Record<Locale, PageData>> {
  const geodata = loadGeodata();
  const manifest = readPictureManifest();
  const entries = await Promise.all(LOCALES.map(async (locale) => [locale, pageDataOf(await buildLayerStore(geodata, locale), locale, manifest)] as const));
  return Object.fromEntries(entries) as Record<Locale, PageData>;
}
