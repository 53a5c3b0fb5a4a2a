import type { FeatureCollection, Point, Polygon, Position } from 'geojson';
import { FLOW_MAX_WIDTH_KM, FLOW_MIN_WIDTH_KM, ISO_UKRAINE } from '../../config';
import { distanceToBorder } from '../../geo/border-distance';
import { flowArrow } from '../../geo/flow-arrow';
import { flowWidthKm, type FlowWidthScale } from '../../geo/flow-width';
import type { Geodata } from '../../geodata/load-geodata';
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

/** The arrow-width scale of a snapshot: its largest flow is drawn at the maximum width. */
export function flowScale(geodata: Geodata): FlowWidthScale {
  const maxCount = Math.max(...geodata.refugees.flows.map((f) => f.count));
  return { maxCount, maxWidthKm: FLOW_MAX_WIDTH_KM, minWidthKm: FLOW_MIN_WIDTH_KM };
}

/**
 * One proportional flow arrow per receiving country (turf: curve, width, head), largest first so
 * that small arrows draw on top, and the main border crossings as points.
 */
export function buildRefugeesLayer(geodata: Geodata): FeatureCollection<Polygon | Point, RefugeesProperties> {
  const { snapshot, laterSnapshot, flows, crossings } = geodata.refugees;
  const scale = flowScale(geodata);
  const ukraine = geodata.countries.features.find((c) => c.properties.iso === ISO_UKRAINE);
  if (!ukraine) throw new Error('geodata/countries.json: Ukraine is missing');

  const arrows = [...flows]
    .sort((a, b) => b.count - a.count)
    .map((flow) => {
      const width = flowWidthKm(flow.count, scale);
      const arrow = flowArrow(flow.from, flow.to, { widthKm: width.widthKm, curvature: flow.curvature });
      const share = flow.count / snapshot.total;
      const later =
        flow.laterCount !== undefined
          ? ` In ${laterSnapshot.label} the count was ${flow.laterCount.toLocaleString('en-GB')}.`
          : '';
      const properties: RefugeeFlowProperties = {
        id: flow.id,
        name: flow.onward ? `Moved on to ${flow.country.toLowerCase()}` : `Into ${flow.country}`,
        kind: 'refugee-flow',
        country: flow.country,
        count: flow.count,
        share,
        laterCount: flow.laterCount ?? null,
        onward: flow.onward ?? false,
        widthKm: round1(width.widthKm),
        widthClamped: width.clamped,
        lengthKm: round1(arrow.outline.properties.lengthKm),
        labelPosition: flow.to,
        labelAnchor: flow.labelAnchor ?? labelAnchor(flow.from, flow.to),
        asOf: snapshot.asOf,
        date: snapshot.asOf,
        summary:
          (flow.onward
            ? `${flow.count.toLocaleString('en-GB')} people had moved on from the neighbouring countries to other European countries`
            : `${flow.count.toLocaleString('en-GB')} people had crossed from Ukraine into ${flow.country}`) +
          ` (${(share * 100).toFixed(1)} % of ${snapshot.total.toLocaleString('en-GB')}), ${snapshot.label}.${later}`,
        quote: geodata.quote(QUOTE, 'lib/layers/refugees/build.ts'),
        sources: geodata.sources(flow.sourceIds, 'refugees.json'),
      };
      return { type: 'Feature' as const, id: flow.id, properties, geometry: arrow.outline.geometry };
    });

  const points = crossings.map((c) => {
    const properties: BorderCrossingProperties = {
      id: c.id,
      name: c.name,
      kind: 'border-crossing',
      country: c.country,
      positionAccuracy: 'approximate',
      distanceToBorderKm: round1(distanceToBorder(c.coordinates, ukraine).distanceKm),
      date: snapshot.asOf,
      summary: `Border crossing between Ukraine and ${c.country}, one of the main routes out in the first week. Position approximate.`,
      sources: geodata.sources(c.sourceIds, 'refugees.json'),
    };
    return { type: 'Feature' as const, id: c.id, properties, geometry: { type: 'Point' as const, coordinates: [...c.coordinates] } };
  });

  return { type: 'FeatureCollection', features: [...arrows, ...points] };
}
