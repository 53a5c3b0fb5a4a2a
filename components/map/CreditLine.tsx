import { formatDate } from '@/lib/format/format-date';
import { MAP_DATE } from '@/lib/config';
import type { DrawnSnapshot } from '@/lib/layers/layer-store';

/** Sources and the date the map shows, always visible under the map. */
export function CreditLine({ refugees }: { refugees: DrawnSnapshot | undefined }) {
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
      {refugees && (
        <>
          , figures published {formatDate(refugees.date)}
          {refugees.arrivalsTo && ` (arrivals to ${formatDate(refugees.arrivalsTo)})`}
        </>
      )}
      . Story: ETV Bharat, AP, TASS, EFE.
    </p>
  );
}
