import { LOCALES } from '../i18n/locale';
import { LAYER_IDS, labelsUrl, layerUrl } from '../layers/registry';

/** Every layer's answers the build records, in every language: its GeoJSON and its labels. */
export function layerAnswerPaths(): string[] {
  return LOCALES.flatMap((locale) => LAYER_IDS.flatMap((id) => [layerUrl(id, locale), labelsUrl(id, locale)]));
}
