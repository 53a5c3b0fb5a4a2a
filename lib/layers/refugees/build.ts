import type { FeatureCollection, Point, Polygon, Position } from 'geojson';
import { ISO_UKRAINE } from '../../config';
import { distanceToBorder } from '../../geo/border-distance';
import { flowArrow } from '../../geo/flow-arrow';
import { flowWidthKm } from '../../geo/flow-width';
import { flowScale } from '../../refugees/refugee-summary';
import type { Geodata } from '../../geodata/load-geodata';
import { formatDate } from '../../format/format-date';
import { formatCount, formatShare } from '../../format/format-number';
import { buildRefugeeSeries, drawnBreakdown, earlierBreakdown } from '../../refugees/refugee-series';
import { round1 } from '../place-feature';
import type { BorderCrossingProperties, RefugeeFlowProperties, RefugeesProperties } from './definition';

const QUOTE = "Going on for eight days now, the war has sent more than 1 million people fleeing over Ukraine's borders.";

/** The side of a label pinned to an arrow's tip, so that the text continues in the arrow's direction. */
export function labelAnchor(from: Position, to: Position): RefugeeFlowProperties['labelAnchor'] {
  const dx = (to[0] as number) - (from[0] as number);
  const dy = (to[1] as number) - (from[1] as number);
  if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 'right' : 'left';
  return dy < 0 ? 'top' : 'bottom';
}


/**
 * For every day the map can draw, one proportional flow arrow per receiving country (turf: curve,
 * width, head), largest first so that small arrows draw on top; and the main border crossings as
 * points. People who moved on beyond the neighbours get no arrow: no route is known.
 */
export function buildRefugeesLayer(geodata: Geodata): FeatureCollection<Polygon | Point, RefugeesProperties> {
  const { flows, crossings } = geodata.refugees;
  const series = buildRefugeeSeries(geodata);
  const scale = flowScale(series);
  const ukraine = geodata.countries.features.find((c) => c.properties.iso === ISO_UKRAINE);
  if (!ukraine) throw new Error('geodata/countries.json: Ukraine is missing');

  const arrows = series.drawnDates.flatMap((date, dayIndex) => {
    const update = drawnBreakdown(series, date)!;
    const earlier = earlierBreakdown(series, date);
    const previousDate = series.drawnDates[dayIndex - 1];
    const previous = previousDate ? drawnBreakdown(series, previousDate) : undefined;
    const published = `UNHCR's figures published on ${formatDate(date)}${update.arrivalsTo ? `, counting arrivals to ${formatDate(update.arrivalsTo)}` : ''}`;
    return update.countries
      .filter((c) => !c.onward)
      .sort((a, b) => b.count - a.count)
      .map((figure) => {
        const flow = flows.find((f) => f.id === figure.flowId)!;
        const width = flowWidthKm(figure.count, scale);
        const arrow = flowArrow(flow.from!, flow.to!, { widthKm: width.widthKm, curvature: flow.curvature! });
        const earlierCount = earlier?.countries.find((c) => c.flowId === figure.flowId)?.count ?? null;
        const previousCount = previous?.countries.find((c) => c.flowId === figure.flowId)?.count ?? null;
        const id = `${flow.id}-${date}`;
        const caveat = [figure.caveat, figure.revision].filter(Boolean).join(' ') || null;
        const properties: RefugeeFlowProperties = {
          id,
          flowId: flow.id,
          name: `Into ${flow.country}`,
          kind: 'refugee-flow',
          country: flow.country,
          snapshotDate: date,
          arrivalsTo: update.arrivalsTo,
          updateId: update.id,
          count: figure.count,
          share: figure.share,
          earlierCount: earlierCount !== null && earlierCount !== figure.count ? earlierCount : null,
          previousCount,
          caveat,
          widthKm: round1(width.widthKm),
          widthClamped: width.clamped,
          lengthKm: round1(arrow.outline.properties.lengthKm),
          labelPosition: flow.to!,
          labelAnchor: flow.labelAnchor ?? labelAnchor(flow.from!, flow.to!),
          date,
          summary: `${formatCount(figure.count)} people had crossed from Ukraine into ${flow.country} (${formatShare(figure.share)} of ${formatCount(update.total)}), ${published}.`,
          quote: geodata.quote(QUOTE, 'lib/layers/refugees/build.ts'),
          sources: figure.sources,
        };
        return { type: 'Feature' as const, id, properties, geometry: arrow.outline.geometry };
      });
  });

  const points = crossings.map((c) => {
    const properties: BorderCrossingProperties = {
      id: c.id,
      name: c.name,
      kind: 'border-crossing',
      country: c.country,
      positionAccuracy: 'approximate',
      distanceToBorderKm: round1(distanceToBorder(c.coordinates, ukraine).distanceKm),
      date: series.defaultDate,
      summary: `Border crossing between Ukraine and ${c.country}, one of the main routes out in the first week. Position approximate.`,
      sources: geodata.sources(c.sourceIds, 'refugees.json'),
    };
    return { type: 'Feature' as const, id: c.id, properties, geometry: { type: 'Point' as const, coordinates: [...c.coordinates] } };
  });

  return { type: 'FeatureCollection', features: [...arrows, ...points] };
}
