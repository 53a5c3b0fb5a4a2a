import type { Locale } from '../i18n/locale';
import type { PageKind } from './page-start';
import rows from './pages.json';

/**
 * One page of the site: built once (scripts/pages/page-builder.ts), answered at its path by the one page
 * route (app/[[...page]]/route.ts), stored in the precompressed table and the static edition, and
 * given its frame policy by the CSP and the headers. Its title is its kind's, in its language
 * (lib/i18n/messages/). A JSON file, because next.config.mjs reads it too.
 */
export interface PageRow {
  kind: PageKind;
  locale: Locale;
  /** Its address, without a trailing slash. */
  path: string;
  /** Its file in the static edition, which "try $uri, $uri.html, $uri/index.html" finds at its path. */
  file: string;
  /** Who may put it in a frame: anyone (an embed), or this origin only. */
  framedBy: 'anyone' | 'self';
}

/** Every page: to add one (a language, a print page), add a row here and its language's catalogue. */
export const PAGES: readonly PageRow[] = rows as PageRow[];

/** The page at a path, if there is one. */
export function pageAt(path: string): PageRow | undefined {
  return PAGES.find((page) => page.path === path);
}

/** A page's name, for its built files: `<kind>-<locale>`. */
export function pageName(page: Pick<PageRow, 'kind' | 'locale'>): string {
  return `${page.kind}-${page.locale}`;
}
