import { formatDate } from '@/lib/format/format-date';
import { MAP_DATE } from '@/lib/config';
import type { DrawnSnapshot } from '@/lib/refugees/refugee-summary';
import { useI18n } from '../i18n/I18nProvider';

/** Sources and the date the map shows, always visible under the map. */
export function CreditLine({ refugees }: { refugees: DrawnSnapshot | undefined }) {
  const { locale, m } = useI18n();
  return (
    <p className="credit-line">
      {m.credit.shows(formatDate(MAP_DATE, locale))}
      <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">
        Natural Earth
      </a>
      {m.credit.crimea}
      <a href="https://data.unhcr.org/en/situations/ukraine" target="_blank" rel="noopener noreferrer">
        {locale === 'en' ? 'UNHCR' : 'УВКБ ООН'}
      </a>
      {refugees && m.credit.published(formatDate(refugees.date, locale), refugees.arrivalsTo ? formatDate(refugees.arrivalsTo, locale) : null)}
      {m.credit.story}
    </p>
  );
}
