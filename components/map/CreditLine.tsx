import { formatDate } from '@/lib/format/format-date';
import { MAP_DATE } from '@/lib/config';
import type { DrawnSnapshot } from '@/lib/refugees/refugee-summary';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Sources and the date the map shows, always visible under the map. On a phone's full map the
 * details (the date, Crimea's status, the figures' day) give way to the map: the header, the key and
 * the sheet say them, and the credit keeps every source.
 */
export function CreditLine({ refugees }: { refugees: DrawnSnapshot | undefined }) {
  const { locale, m } = useI18n();
  return (
    <p className="credit-line">
      <span className="credit-line__detail">{m.credit.shows(formatDate(MAP_DATE, locale))}</span>
      {m.credit.borders}
      <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">
        Natural Earth
      </a>
      <span className="credit-line__detail">{m.credit.crimea}</span>
      {m.credit.refugees}
      <a href="https://data.unhcr.org/en/situations/ukraine" target="_blank" rel="noopener noreferrer">
        {locale === 'en' ? 'UNHCR' : 'УВКБ ООН'}
      </a>
      {refugees && <span className="credit-line__detail">{m.credit.published(formatDate(refugees.date, locale), refugees.arrivalsTo ? formatDate(refugees.arrivalsTo, locale) : null)}</span>}
      <span className="credit-line__story">{m.credit.story}</span>
    </p>
  );
}
