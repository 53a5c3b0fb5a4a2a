import { booleanClockwise, toMercator, toWgs84 } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';

/** Shape of a flow arrow; widths are on the ground, so the arrow keeps its meaning at every zoom. */
export interface FlowArrowOptions {
  /** Body width on the ground, in kilometres. */
  widthKm: number;
  /** Sideways bulge of the curve as a share of the straight distance; positive bends to the left. Default 0.18. */
  curvature?: number;
  /** Head length as a multiple of the body width (capped at 45 % of the arrow's length). Default 1.1. */
  headLengthRatio?: number;
  /** Head width as a multiple of the body width. Default 1.75. */
  headWidthRatio?: number;
  /** Points sampled along the curve. Default 48. */
  steps?: number;
}

/** Measurements of the arrow that the map and the details panel show. */
export interface FlowArrowProperties {
  widthKm: number;
  /** Length of the curved centre line, in kilometres. */
  lengthKm: number;
}

/** The arrow's outline and the curve it follows. */
export interface FlowArrow {
  outline: Feature<Polygon, FlowArrowProperties>;
  centerline: Feature<LineString, FlowArrowProperties>;
}

/**
 * A curved, proportional flow arrow from `from` to `to`: a quadratic Bézier centre line in Web
 * Mercator, a body of constant ground width, and a broad head whose tip touches `to`. The ring is
 * counter-clockwise (RFC 7946).
 *
 * @throws RangeError for equal end points or a width that is not positive.
 * @example flowArrow([24.0, 49.84], [22.0, 50.04], { widthKm: 30 })
 */
export function flowArrow(from: Position, to: Position, options: FlowArrowOptions): FlowArrow {
  const { widthKm, curvature = 0.18, headLengthRatio = 1.1, headWidthRatio = 1.75, steps = 48 } = options;
  if (!(widthKm > 0) || !Number.isFinite(widthKm)) throw new RangeError('widthKm must be a positive number');
  if (from[0] === to[0] && from[1] === to[1]) throw new RangeError('from and to must differ');

  const p0 = toMercator(from);
  const p2 = toMercator(to);
  const dx = (p2[0] as number) - (p0[0] as number);
  const dy = (p2[1] as number) - (p0[1] as number);
  const chord = Math.hypot(dx, dy);
  const p1: Position = [
    (p0[0] as number) + dx / 2 - (dy / chord) * curvature * chord,
    (p0[1] as number) + dy / 2 + (dx / chord) * curvature * chord,
  ];

  // Sample the curve, with its unit normal and the Mercator scale (1 / cos φ) at each point.
  const samples = Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const point = bezier(p0, p1, p2, t);
    const [tx, ty] = bezierTangent(p0, p1, p2, t);
    const norm = Math.hypot(tx, ty);
    const lat = (toWgs84(point)[1] as number) * (Math.PI / 180);
    return { point, normal: [-ty / norm, tx / norm] as const, scale: 1 / Math.cos(lat) };
  });
  const cumulative = samples.reduce<number[]>((acc, s, i) => {
    const prev = samples[i - 1];
    acc.push(i === 0 || !prev ? 0 : (acc[i - 1] as number) + groundDistance(prev, s));
    return acc;
  }, []);
  const lengthM = cumulative[cumulative.length - 1] as number;
  const widthM = widthKm * 1000;
  const headLengthM = Math.min(headLengthRatio * widthM, 0.45 * lengthM);

  const body = samples.filter((_, i) => (cumulative[i] as number) <= lengthM - headLengthM);
  const base = body[body.length - 1] ?? samples[0];
  if (!base) throw new Error('flow arrow has no samples');
  const offset = (s: (typeof samples)[number], halfWidthM: number): Position => [
    (s.point[0] as number) + s.normal[0] * halfWidthM * s.scale,
    (s.point[1] as number) + s.normal[1] * halfWidthM * s.scale,
  ];
  const left = body.map((s) => offset(s, widthM / 2));
  const right = body.map((s) => offset(s, -widthM / 2)).reverse();
  const headHalf = (widthM * headWidthRatio) / 2;
  const ringMercator = [...left, offset(base, headHalf), p2, offset(base, -headHalf), ...right];
  const ring = [...ringMercator, ringMercator[0] as Position].map((p) => toWgs84(p));
  if (booleanClockwise(ring)) ring.reverse();

  const properties = { widthKm, lengthKm: lengthM / 1000 };
  return {
    outline: { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } },
    centerline: {
      type: 'Feature',
      properties,
      geometry: { type: 'LineString', coordinates: samples.map((s) => toWgs84(s.point)) },
    },
  };
}

function bezier(p0: Position, p1: Position, p2: Position, t: number): Position {
  const u = 1 - t;
  return [0, 1].map((k) => u * u * (p0[k] as number) + 2 * u * t * (p1[k] as number) + t * t * (p2[k] as number));
}

function bezierTangent(p0: Position, p1: Position, p2: Position, t: number): [number, number] {
  const d = (k: number) =>
    2 * (1 - t) * ((p1[k] as number) - (p0[k] as number)) + 2 * t * ((p2[k] as number) - (p1[k] as number));
  return [d(0), d(1)];
}

/** Ground metres between two samples: Mercator metres divided by the mean Mercator scale. */
function groundDistance(a: { point: Position; scale: number }, b: { point: Position; scale: number }): number {
  const merc = Math.hypot((b.point[0] as number) - (a.point[0] as number), (b.point[1] as number) - (a.point[1] as number));
  return merc / ((a.scale + b.scale) / 2);
}
