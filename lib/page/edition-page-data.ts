import type { PageData } from './page-data';
import type { Locale } from '../i18n/locale';
import { getLayerStore, type LayerStore } from '../layers/layer-store';
import { refugeeDays } from '../refugees/refugee-days';
import { mapInWords } from '../words/map-in-words';
import { pagePictures } from '../picture/picture-manifest';
import type { PictureManifest } from '../picture/picture-manifest';

/**
 * What a map page of an edition is rendered from, on the server: the days with refugee figures,
 * the figures, and the map in words. Both pages, the full map and the embed
 * (scripts/pages/page-builder.ts, which also hands it to the browser), take the same.
 */
export async function editionPageData(locale: Locale): Promise<PageData> {
  return pageDataOf(await getLayerStore(locale), locale);
}

/** {@link editionPageData} from an edition's layer store, with the pictures the build made, if any. */
export function pageDataOf(store: LayerStore, locale: Locale, manifest: PictureManifest | null = null): PageData {
  return { days: refugeeDays(store.refugees), refugees: store.refugees, words: mapInWords(store, locale), pictures: manifest ? pagePictures(manifest, locale) : null };
}
