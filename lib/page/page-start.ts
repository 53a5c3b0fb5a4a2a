import { parseEmbedOptions } from '../embed/parse-embed-options';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from '../embed/embed-options';
import { refugeeLinkDate, resolveRefugeeDate } from '../refugees/resolve-refugee-date';
import { parseTourStep } from '../tour/tour-steps';
import { parseMapUrlState, queryParam, type QueryInput } from '../url/map-url-state';

/** The two pages that show the map: the full map (`/`) and the map for iframes (`/embed`). */
export type PageKind = 'map' | 'embed';

/** The refugee figures' days, as the page's data has them. */
export interface RefugeeDays {
  dates: readonly string[];
  defaultDate: string;
}

/**
 * How a page opens, read from its address. The pages are built once, with no query, so this is
 * read in the browser: by the first inline script (what must be right before the first paint), by
 * the early map's script (the map) and by React (the rest). All three read it here.
 */
export interface PageStart extends Omit<EmbedOptions, 'date'> {
  kind: PageKind;
  /** The day whose refugee figures the arrows show: the link's day when the data has it, else the default. */
  refugeeDate: string;
  /** The tour step a link opens (?step=N), or null. */
  step: number | null;
}

/**
 * Reads a page's start from its query. Never throws: every invalid value falls back to its default,
 * as the server did when it rendered each request.
 *
 * @example pageStart('embed', new URLSearchParams('title=0&theme=dark'), days).title // => false
 */
export function pageStart(kind: PageKind, query: QueryInput, days: RefugeeDays): PageStart {
  const options = kind === 'embed' ? parseEmbedOptions(query) : { ...DEFAULT_EMBED_OPTIONS, ...parseMapUrlState(query) };
  return {
    kind,
    layers: options.layers,
    view: options.view,
    bbox: options.bbox,
    title: options.title,
    legend: options.legend,
    controls: options.controls,
    theme: options.theme,
    refugeeDate: resolveRefugeeDate(options.date, days.dates, days.defaultDate),
    step: parseTourStep(queryParam(query, 'step')),
  };
}

/** An embed's options as its links write them: the default refugee day is left out. */
export function embedOptionsOf(start: PageStart, days: RefugeeDays): EmbedOptions {
  const { layers, view, bbox, title, legend, controls, theme } = start;
  return { layers, view, bbox, title, legend, controls, theme, date: refugeeLinkDate(start.refugeeDate, days.defaultDate) };
}
