import type { RefugeeSummary } from '../layers/layer-store';
import type { RefugeeDays } from '../page/page-start';
import type { MapInWords } from '../words/map-in-words';

/** The element the embed's client code hydrates (components/embed/client/). */
export const EMBED_ROOT_ID = 'embed-root';

/** Id of the JSON block with {@link EmbedPageData}, written after the embed's markup. */
export const EMBED_DATA_ID = 'embed-data';

/**
 * What the embed's components were rendered from at build time, for the browser to hydrate them
 * with the same props. The chart is not here: it is markup only, and the browser keeps the
 * server's (components/embed/ChartSlot.tsx).
 */
export interface EmbedPageData {
  days: RefugeeDays;
  refugees: RefugeeSummary;
  words: MapInWords;
}

/**
 * Reads the embed's data block. Throws, saying what is wrong, when it is missing or not the
 * page's data: the page then stays as the server rendered it, with the map the boot script drew.
 */
export function readEmbedPageData(doc: Pick<Document, 'getElementById'>): EmbedPageData {
  const text = doc.getElementById(EMBED_DATA_ID)?.textContent;
  if (!text) throw new Error(`the embed has no #${EMBED_DATA_ID} block: was it built by scripts/build-embed.ts?`);
  const data = JSON.parse(text) as Partial<EmbedPageData> | null;
  if (!data || !Array.isArray(data.days?.dates) || !Array.isArray(data.refugees?.snapshots) || !data.words) {
    throw new Error(`#${EMBED_DATA_ID} does not hold the embed’s days, refugee figures and words`);
  }
  return data as EmbedPageData;
}
