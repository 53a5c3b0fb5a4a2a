import { join } from 'node:path';
import type { Locale } from '../i18n/locale';
import type { PageKind } from './page-start';

/** Where scripts/build-pages.ts writes the pages' client modules and stylesheet (served from this origin, named by content). */
export const PAGE_ASSETS_DIR = join('public', '_pages');

/** The URL path of {@link PAGE_ASSETS_DIR}. */
export const PAGE_ASSETS_PATH = '/_pages';

/** Where scripts/build-pages.ts writes the pages' HTML. */
export const PAGE_HTML_DIR = '.pages';

/** The built HTML of a page of an edition: the full map or the embed. */
export function pageHtmlFile(kind: PageKind, locale: Locale): string {
  return join(PAGE_HTML_DIR, `${kind}-${locale}.html`);
}
