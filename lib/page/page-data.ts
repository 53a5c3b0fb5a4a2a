import type { RefugeeSummary } from '../refugees/refugee-summary';
import type { RefugeeDays } from './page-start';
import type { MapInWords } from '../words/map-in-words';
import type { PagePictures } from '../picture/picture-manifest';

/** The element a page's client code hydrates (components/page/client/). */
export const PAGE_ROOT_ID = 'page-root';

/** Id of the JSON block with {@link PageData}, written after the page's markup. */
export const PAGE_DATA_ID = 'page-data';

/**
 * What a page's components (the full map's or the embed's) were rendered from at build time, for
 * the browser to hydrate them with the same props. The chart is not here: it is markup only, and
 * the browser keeps the server's (components/page/ChartSlot.tsx).
 */
export interface PageData {
  days: RefugeeDays;
  refugees: RefugeeSummary;
  words: MapInWords;
  /** The map as a picture (scripts/build-pictures.ts), for readers without WebGL, print and the embed dialog; null where none was built. */
  pictures: PagePictures | null;
}

/**
 * Reads the page's data block. Throws, saying what is wrong, when it is missing or not the
 * page's data: the page then stays as the server rendered it, with the map the early map's script drew.
 */
export function readPageData(doc: Pick<Document, 'getElementById'>): PageData {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) throw new Error(`the page has no #${PAGE_DATA_ID} block: was it built by scripts/pages/page-builder.ts?`);
  const data = JSON.parse(text) as Partial<PageData> | null;
  if (!data || !Array.isArray(data.days?.dates) || !Array.isArray(data.refugees?.snapshots) || !data.words) {
    throw new Error(`#${PAGE_DATA_ID} does not hold the page’s days, refugee figures and words`);
  }
  return data as PageData;
}
