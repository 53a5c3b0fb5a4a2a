import { formatDate } from '../format/format-date';
import { languageNote } from '../format/format-language';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { Source } from '../geodata/source';

/** How a source is credited beside its link: who published it, where, when, in which language, and why a copy. */
export interface SourceCredit {
  /** The link's words: the page's title, or its host where the archived copy shows no title. */
  linkText: string;
  /** The publisher, and the carrier where the page is a carrier's: "Associated Press, in The Iola Register". */
  byline: string;
  /** The date, and the language where it is not the edition's: "3 March 2022, in Polish". */
  when: string;
  /** Why a carrier's page is cited and not the publisher's own, where it is. */
  why: string | null;
}

/**
 * A source's credit in an edition's words. Titles and outlets' names stay as published; everything
 * else (the connecting words, the language, the reason for a copy) is the edition's.
 */
export function sourceCredit(source: Source, locale: Locale, t: Messages['details']): SourceCredit {
  const language = languageNote(source.language, locale);
  return {
    linkText: source.title ?? new URL(source.url).hostname.replace(/^www\./, ''),
    byline: source.carrier ? `${source.publisher}, ${t.carriedBy(source.carrier)}` : source.publisher,
    when: [formatDate(source.date, locale, 'compact'), language].filter(Boolean).join(', '),
    why: source.carrierReason ? t.carrierReasons[source.carrierReason](source.publisher) : null,
  };
}

/**
 * A feature's sources as short links, by their bylines ("Reuters; AFP, in The Straits Times"); a
 * byline that two sources share gets its date, so that the reader can tell them apart.
 */
export function sourceLinks(sources: readonly Source[], locale: Locale, t: Messages['details']): { url: string; text: string }[] {
  const bylines = sources.map((s) => sourceCredit(s, locale, t).byline);
  return sources.map((s, i) => ({
    url: s.url,
    text: bylines.filter((b) => b === bylines[i]).length > 1 ? `${bylines[i]}, ${formatDate(s.date, locale, 'compact')}` : bylines[i]!,
  }));
}
