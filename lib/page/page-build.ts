import { join } from 'node:path';
import type { Locale } from '../i18n/locale';
import type { PageKind } from './page-start';

/** Where the page builder (scripts/pages/page-builder.ts) writes the pages' client modules and stylesheet (served from this origin, named by content). */
export const PAGE_ASSETS_DIR = join('public', '_pages');

/** The URL path of {@link PAGE_ASSETS_DIR}. */
export const PAGE_ASSETS_PATH = '/_pages';

/** Where the page builder (scripts/pages/page-builder.ts) writes the pages' HTML. */
export const PAGE_HTML_DIR = '.pages';

/** Where the page builder writes the pages' inline scripts, which the pages' HTML holds (components/page/PageScripts.tsx). */
export const PAGE_SCRIPTS_DIR = '.page-scripts';

/** Rewritten by each build: a development page reloads itself when it changes (app/api/dev/reload/route.ts). */
export const PAGE_BUILD_ID_FILE = join(PAGE_HTML_DIR, 'build-id');

/** The built HTML of a page of an edition: the full map or the embed. */
export function pageHtmlFile(kind: PageKind, locale: Locale): string {
  return join(PAGE_HTML_DIR, `${kind}-${locale}.html`);
}
