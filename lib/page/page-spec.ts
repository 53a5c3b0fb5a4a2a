import { isLocale, type Locale } from '../i18n/locale';
import type { PageKind, RefugeeDays } from './page-start';
import type { PageStartMode } from './pages';

/** Id of the JSON block each map page carries first in its body, for its inline scripts to read. */
export const PAGE_SPEC_ID = 'page-spec';

/**
 * What a page's inline scripts need that the address does not say: which page it is, and the days
 * the refugee figures exist for (to resolve `?date=`). Written by the server into a
 * `<script type="application/json">` block, which is data, never run.
 */
export interface PageSpec {
  kind: PageKind;
  days: RefugeeDays;
  /** The edition's language: which layer files (their words) the page loads. */
  locale: Locale;
  /** When the page starts its scripts and downloads (lib/page/pages.ts); at once when absent. */
  start?: PageStartMode;
  /** The page's client module, which the first script loads after the first paint where the head does not. */
  client?: string;
}

/** Reads the page's spec from its JSON block; null when the block is missing or not a spec. */
export function readPageSpec(doc: Pick<Document, 'getElementById'>): PageSpec | null {
  try {
    const spec = JSON.parse(doc.getElementById(PAGE_SPEC_ID)?.textContent ?? 'null') as PageSpec | null;
    if (!spec || (spec.kind !== 'map' && spec.kind !== 'embed') || !Array.isArray(spec.days?.dates)) return null;
    const { client, ...rest } = spec;
    return {
      ...rest,
      locale: typeof spec.locale === 'string' && isLocale(spec.locale) ? spec.locale : 'en',
      start: spec.start === 'after-first-paint' ? 'after-first-paint' : 'at-once',
      // Only a script path on this origin: the spec is the page's own, but a module URL is worth the check.
      ...(typeof client === 'string' && /^\/(?!\/)[\w./-]+\.js$/.test(client) ? { client } : {}),
    };
  } catch {
    return null;
  }
}
