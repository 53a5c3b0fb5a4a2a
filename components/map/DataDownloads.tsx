import { LAYER_IDS, LAYER_INFO, layerUrl } from '@/lib/layers/registry';

/** Links to take the data away: each layer as GeoJSON, the refugee figures as CSV. */
export function DataDownloads() {
  return (
    <details className="downloads">
      <summary>Download the data</summary>
      <ul>
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <a href={layerUrl(id)} download={`ukraine-2022-03-03-${id}.geojson`}>
              {LAYER_INFO[id].title} (GeoJSON)
            </a>
          </li>
        ))}
        <li>
          <a href="/api/refugees.csv" download>
            Refugees by country (CSV)
          </a>
        </li>
        <li>
          <a href="/api/refugees/daily.csv" download>
            Refugees day by day (CSV)
          </a>
        </li>
        <li>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- an API answer (JSON), not a page: no client-side routing */}
          <a href="/api/refugees/daily">Refugees day by day, with every source (JSON)</a>
        </li>
      </ul>
      <p>Each file names its sources and licence: CC BY 4.0 for the compilation; Natural Earth is public domain.</p>
    </details>
  );
}
