import { formatCount } from '@/lib/format/format-number';
import { flowWidthKm } from '@/lib/geo/flow-width';
import type { RefugeeSummary } from '@/lib/layers/layer-store';
import type { ToggleableLayerId } from '@/lib/layers/registry';
import { metersPerPixel } from '@/lib/map/meters-per-pixel';

/** Latitude at which the legend measures arrow widths: the middle of the flows. */
const LEGEND_LATITUDE = 49;
/** Counts the arrow-width key shows. */
const KEY_COUNTS = [500_000, 100_000, 25_000] as const;

interface LegendProps {
  enabled: readonly ToggleableLayerId[];
  zoom: number;
  refugees: RefugeeSummary;
}

/** The key: port states, talks, and arrow widths with real numbers at the current zoom. */
// Entries of toggleable layers carry data-legend-layer: before the first paint, the page hides
// those the address switches off (lib/page/prepaint.ts), as React then does.
export function Legend({ enabled, zoom, refugees }: LegendProps) {
  const mpp = metersPerPixel(LEGEND_LATITUDE, zoom);
  return (
    <section className="legend" aria-label="Legend">
      <h2 className="legend__title">Key</h2>
      <ul className="legend__list">
        {enabled.includes('ports') && (
          <>
            <li data-legend-layer="ports">
              <span className="legend__symbol legend__symbol--seized" aria-hidden="true" /> Port seized (solid ring)
            </li>
            <li data-legend-layer="ports">
              <span className="legend__symbol legend__symbol--besieged" aria-hidden="true" /> Port besieged (hollow, dashed ring)
            </li>
            <li data-legend-layer="ports">
              <span className="legend__symbol legend__symbol--captured" aria-hidden="true" /> Port captured earlier
            </li>
            <li data-legend-layer="ports">
              <span className="legend__symbol legend__symbol--other-port" aria-hidden="true" /> Port threatened or bracing
            </li>
          </>
        )}
        {enabled.includes('talks') && (
          <li data-legend-layer="talks">
            <span className="legend__symbol legend__symbol--talks" aria-hidden="true" /> Talks venue (shaded: where the
            unpublished site may be)
          </li>
        )}
        <li>
          <span className="legend__symbol legend__symbol--crimea" aria-hidden="true" /> Crimea: annexed by Russia in 2014
        </li>
        <li>
          <span className="legend__symbol legend__symbol--coast" aria-hidden="true" /> Ukraine&apos;s coast
        </li>
      </ul>
      {enabled.includes('refugees') && (
        <div className="legend__flows" data-legend-layer="refugees">
          <h3>People who fled, by arrow width</h3>
          <ul>
            {KEY_COUNTS.map((count) => {
              const width = flowWidthKm(count, refugees.scale);
              const px = Math.max(1, (width.widthKm * 1000) / mpp);
              return (
                <li key={count}>
                  <span className="legend__bar" style={{ height: `${Math.min(px, 48).toFixed(1)}px` }} aria-hidden="true" />
                  {formatCount(count)}
                  {width.clamped ? ' or fewer (minimum width)' : ''}
                </li>
              );
            })}
          </ul>
          <p className="legend__note">
            No arrow for people who moved on to other European countries: UNHCR gave no route. Same scale on every day.
          </p>
        </div>
      )}
    </section>
  );
}
