import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preloadModule } from 'react-dom';
import { scriptSafeJson } from '@/lib/page/script-safe-json';
import { MAPLIBRE_URL } from '@/lib/map/maplibre-assets';
import { PAGE_SCRIPTS_DIR } from '@/lib/page/page-build';
import type { Locale } from '@/lib/i18n/locale';
import type { PageKind, RefugeeDays } from '@/lib/page/page-start';
import { PAGE_SPEC_ID, type PageSpec } from '@/lib/page/page-spec';
import { WAITS_FOR_PAINT_MAX_WIDTH_PX } from '@/lib/page/after-first-paint';
import type { PageStartMode } from '@/lib/page/pages';

/** One of the compiled inline scripts (scripts/pages/page-builder.ts). */
function pageScript(name: 'prepaint' | 'early-map' | 'early-map-after-paint' | 'warm'): string {
  const path = join(process.cwd(), PAGE_SCRIPTS_DIR, `${name}.js`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run "npm run build" (or "npm run dev"), which compiles it first.`);
  }
}

/**
 * First in a map page's body: the page's spec as data, then the script that applies the address's
 * options before the first paint (lib/page/prepaint.ts). The pages are built once, for every
 * address; the Content-Security-Policy allows these scripts by their hashes (lib/http/page-headers.ts).
 */
export function PagePrepaint({ kind, days, locale = 'en', start = 'at-once', client }: { kind: PageKind; days: RefugeeDays; locale?: Locale; start?: PageStartMode; client?: string }) {
  const spec: PageSpec = { kind, days, locale, ...(start === 'after-first-paint' ? { start, client } : {}) };
  return (
    <>
      <script type="application/json" id={PAGE_SPEC_ID} dangerouslySetInnerHTML={{ __html: scriptSafeJson(spec) }} />
      <script dangerouslySetInnerHTML={{ __html: pageScript('prepaint') }} />
    </>
  );
}

/**
 * After the map's container: a modulepreload hint for MapLibre in the head, and the module that
 * draws the map before React has loaded (lib/map/boot/boot-map.ts). Without it the map could not
 * begin until React had loaded and hydrated (measured with a Chromium trace, when the full map was an
 * App Router page: the map was created about 460 ms later than on a bare MapLibre page).
 */
export function MapBoot({ start = 'at-once' }: { start?: PageStartMode }) {
  // A page that starts after its first paint fetches nothing of MapLibre before it (lib/page/pages.ts).
  if (start === 'after-first-paint') return <script type="module" async dangerouslySetInnerHTML={{ __html: pageScript('early-map-after-paint') }} />;
  preloadModule(MAPLIBRE_URL, { as: 'script' });
  return <script type="module" async dangerouslySetInnerHTML={{ __html: pageScript('early-map') }} />;
}

/**
 * In a map page's head, before the page's other module scripts: starts MapLibre's worker as soon as
 * the page is parsed (lib/map/boot/warm-maplibre.ts). Without it the worker started only when the
 * early-map script made the map, after the framework's module had run: 560 ms into a load of /embed
 * against 340 ms with it (a timeline of 2 loads each on the project's machine).
 */
export function MapWarmUp() {
  return <script type="module" dangerouslySetInnerHTML={{ __html: pageScript('warm') }} />;
}

/**
 * First in the head of a page that starts after its first paint (lib/page/pages.ts): on a screen wider than a
 * phone's, where the page starts at once, asks for MapLibre and the page's client code before the stylesheet, as a
 * head's modulepreload would. Later, a script in the body must wait for the stylesheet before it runs: begun from
 * there, the downloads of /embed started 60–120 ms later than /'s, and its map was ready later.
 */
export function WideStartHints({ client }: { client: string }) {
  const hrefs = scriptSafeJson([MAPLIBRE_URL, client]);
  const script = `if(!matchMedia('(max-width: ${WAITS_FOR_PAINT_MAX_WIDTH_PX}px)').matches)for(const h of ${hrefs}){const l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)}`;
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
