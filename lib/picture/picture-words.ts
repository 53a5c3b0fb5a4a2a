import { MAP_DATE } from '../config';
import { formatCount } from '../format/format-number';
import { formatDate } from '../format/format-date';
import type { Locale } from '../i18n/locale';
import { MESSAGES } from '../i18n/messages';
import type { ImageKeyLine } from '../layers/layer-module';
import { LAYERS_IN_STORY_ORDER } from '../layers/registry';
import type { DrawnSnapshot } from '../refugees/refugee-summary';

/** What a picture of the map says besides the map, in one edition's words: the page's own. */
export interface PictureWords {
  kicker: string;
  title: string;
  /** The refugee total, as the page's standfirst states it. */
  total: string;
  key: ImageKeyLine[];
  /** The page's credit line: the map's date, the borders, Crimea's status, the figures' publication and arrival days, the story's sources. */
  credit: string;
  /** What the picture shows, for those who cannot see it. */
  alt: string;
}

/** A picture's words, from the edition's catalogue and the figures the map draws on the story's day. */
export function pictureWords(locale: Locale, drawn: DrawnSnapshot, scheme: 'light' | 'dark' = 'light'): PictureWords {
  const m = MESSAGES[locale];
  const date = (iso: string) => formatDate(iso, locale);
  const published = date(drawn.date);
  const arrivalsTo = drawn.arrivalsTo ? date(drawn.arrivalsTo) : null;
  return {
    kicker: m.page.kicker,
    title: m.page.headline,
    total: `${formatCount(drawn.total, locale)} ${m.page.total(drawn.total, arrivalsTo, published, drawn.earlierTotal !== null ? formatCount(drawn.earlierTotal, locale) : null)}`,
    key: LAYERS_IN_STORY_ORDER.flatMap((layer) => {
      const line = layer.imageKey?.({ refugees: drawn, locale, scheme });
      return line ? [line] : [];
    }),
    credit: [
      m.credit.shows(date(MAP_DATE)),
      m.credit.borders,
      'Natural Earth',
      m.credit.crimea,
      m.credit.refugees,
      locale === 'en' ? 'UNHCR' : 'УВКБ ООН',
      m.credit.published(published, arrivalsTo),
      m.credit.story,
    ].join(''),
    alt: m.picture.alt(formatCount(drawn.total, locale), drawn.total),
  };
}
