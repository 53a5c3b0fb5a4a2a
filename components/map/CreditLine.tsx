import { formatDate } from '@/lib/format/format-date';
import { MAP_DATE } from '@/lib/config';

/** Sources and the date the map shows, always visible under the map. */
export function CreditLine({ refugeesAsOf }: { refugeesAsOf: string }) {
  return (
    <p className="credit-line">
      Map shows {formatDate(MAP_DATE)}. Borders:{' '}
      <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">
        Natural Earth
      </a>{' '}
      (Crimea per UN GA res. 68/262). Refugees:{' '}
      <a href="https://data.unhcr.org/en/situations/ukraine" target="_blank" rel="noopener noreferrer">
        UNHCR
      </a>
      , as of {formatDate(refugeesAsOf)}. Story: ETV Bharat, AP, TASS, EFE.
    </p>
  );
}
