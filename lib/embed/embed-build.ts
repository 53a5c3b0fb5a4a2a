import { join } from 'node:path';
import type { Locale } from '../i18n/locale';

/** Where scripts/build-embed.ts writes the embed's client module and stylesheet (served from this origin, named by content). */
export const EMBED_ASSETS_DIR = join('public', '_embed');

/** The URL path of {@link EMBED_ASSETS_DIR}. */
export const EMBED_ASSETS_PATH = '/_embed';

/** Where scripts/build-embed.ts writes the embed pages' HTML. */
export const EMBED_HTML_DIR = '.embed';

/** The built HTML of an edition's embed page. */
export function embedHtmlFile(locale: Locale): string {
  return join(EMBED_HTML_DIR, `${locale}.html`);
}
