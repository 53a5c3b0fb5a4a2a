import { LAYER_IDS, LAYER_INFO, layerUrl } from '@/lib/layers/registry';
import { useI18n } from '../i18n/I18nProvider';

/** Links to take the data away: each layer as GeoJSON (with its words in the edition's language), the refugee figures as CSV. */
export function DataDownloads() {
  const { locale, m } = useI18n();
  return (
    <details className="downloads">
      <summary>{m.downloads.heading}</summary>
      <ul>
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <a href={layerUrl(id, locale)} download={`ukraine-2022-03-03-${id}${locale === 'en' ? '' : `-${locale}`}.geojson`}>
              {m.downloads.layer(LAYER_INFO[id].title[locale])}
            </a>
          </li>
        ))}
        <li>
          <a href="/api/refugees.csv" download>
            {m.downloads.byCountry}
          </a>
        </li>
        <li>
          <a href="/api/refugees/daily.csv" download>
            {m.downloads.daily}
          </a>
        </li>
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- an API answer (JSON), not a page: no client-side routing */}
          <a href="/api/refugees/daily">{m.downloads.dailyJson}</a>
        </li>
      </ul>
      <p>{m.downloads.licence}</p>
    </details>
  );
}
