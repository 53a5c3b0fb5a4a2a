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
  /** When its scripts and downloads start: {@link PageStartMode}. */
  start: PageStartMode;
}

/**
 * When a page starts its scripts (MapLibre, the early map, its client code) and the downloads of its layers:
 * - `at-once`: from its head, as it is parsed (the full map: it is the page, read on a fast connection as often as not);
 * - `after-first-paint`: on a phone-sized screen, once its first frame is painted; at once on a wider one
 *   (lib/page/after-first-paint.ts): the embed, read in articles on phones, whose title, status, chips and the map's
 *   place are painted before 400 KB of scripts and layers compete for the connection. Measured with Lighthouse
 *   mobile in BENCHMARKS.md (runs AK, AL): LCP from 3.9 s to about 0.9 s, the score from 52 to 68–69, above the bare
 *   MapLibre page's 67.
 */
export type PageStartMode = 'at-once' | 'after-first-paint';

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
