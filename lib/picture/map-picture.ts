import { rewind } from '@turf/turf';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import { INITIAL_BOUNDS } from '../config';
import { formatCount } from '../format/format-number';
import { shortPlaceName } from '../format/short-place-name';
import type { Locale } from '../i18n/locale';
import type { LayerStore } from '../layers/layer-store';
import { paletteColour } from '../layers/layer-module';
import { LAYER_IDS, LAYER_BY_ID } from '../layers/registry';
import { baseStyle } from '../map/base-style';
import { markerRadius } from '../map/drawn-markers';
import { drawnWithOf, figureLabelSpecs, fixedLabelSpecs, labelKey, markerSpecs, placeLabelSpecs, LABEL_PRIORITY, type LabelSpec } from '../map/label-specs';
import { isDrawnAt } from '../layers/drawn-with';
import { labelBox, placeLabels, type Box } from '../map/place-labels';
import { placedStyleLayers } from '../map/placed-style-layers';
import type { ColorScheme } from '../map/themes';
import { SANS, textWidth, type TextStyle } from './picture-fonts';

/** What a picture of the map shows: its size, scheme, language and the refugee figures' day. */
export interface MapPictureInput {
  store: LayerStore;
  locale: Locale;
  scheme: ColorScheme;
  width: number;
  height: number;
  date: string;
}

/** The ink of labels and the halo behind them, by scheme, as the page's stylesheet has them. */
const INK = { light: { ink: '#1b1b1b', halo: '#ffffff', country: '#7d776e', sea: '#4d7390', flow: '#0f5c55' }, dark: { ink: '#ececec', halo: '#000000', country: '#9aa3ad', sea: '#7fa8c9', flow: '#9fe6dd' } } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => Number(x.toFixed(1));

/**
 * The projection the map's default view has: Web Mercator, as MapLibre draws, fitted to the same
 * bounds with the same margin; features are clipped to the picture.
 */
export function pictureProjection(width: number, height: number): GeoProjection {
  const [w, s, e, nn] = INITIAL_BOUNDS;
  const frame: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, nn]] } };
  return geoMercator().fitExtent([[24, 24], [width - 24, height - 24]], frame).clipExtent([[0, 0], [width, height]]);
}

/** MapLibre's zoom for a d3 Mercator scale: its world is 512 × 2^zoom pixels round. */
const zoomOf = (projection: GeoProjection) => Math.log2((2 * Math.PI * projection.scale()) / 512);

type Paint = Record<string, unknown>;
const compiled = new Map<string, { evaluate: (g: { zoom: number }, f: unknown) => unknown }>();

/** A paint or layout property of a style layer, evaluated for a feature at a zoom, with the style spec's own default. */
function property(kind: 'paint' | 'layout', type: string, name: string, values: Paint | undefined, zoom: number, feature: unknown): unknown {
  const spec = (latest as unknown as Record<string, Record<string, { default?: unknown }>>)[`${kind}_${type}`]?.[name];
  const value = values?.[name] ?? spec?.default;
  if (value === undefined) return undefined;
  const key = `${kind}:${type}:${name}:${JSON.stringify(value)}`;
  let expression = compiled.get(key);
  if (!expression) {
    // A constant array (a dash pattern) is a literal, not an expression.
    const input = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
    const result = createPropertyExpression(input, name, spec as never);
    if (result.result !== 'success') throw new Error(`${name}: ${result.value.map((e) => e.message).join('; ')}`);
    compiled.set(key, (expression = result.value as never));
  }
  return expression.evaluate({ zoom }, feature);
}

/** A colour from the style as SVG takes it, with its opacity apart. */
function colour(value: unknown): { fill: string; opacity: number } | null {
  if (!value || typeof value !== 'object' || !('a' in value)) return null;
  const c = value as { r: number; g: number; b: number; a: number };
  if (c.a === 0) return { fill: 'none', opacity: 0 };
  // The style spec keeps colours premultiplied by their alpha.
  const channel = (x: number) => Math.round(Math.min(255, (x / c.a) * 255));
  return { fill: `rgb(${channel(c.r)},${channel(c.g)},${channel(c.b)})`, opacity: c.a };
}

/** The hatch of a pattern image, as an SVG pattern of diagonal stripes in its colour (lib/map/pattern-images.ts draws the same for MapLibre). */
function patternDefs(scheme: ColorScheme): string {
  return LAYER_IDS.flatMap((id) => LAYER_BY_ID[id].patterns ?? [])
    .map(
      ({ id, colour: c }) =>
        `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="none"/><line x1="0" y1="0" x2="0" y2="8" stroke="${paletteColour(c, scheme)}" stroke-width="2.2"/></pattern>`,
    )
    .join('');
}

/**
 * Every data layer's features drawn as its style layers draw them: fills, lines and circles, in drawing
 * order. Each place's marker size (its largest circle with its stroke; a faint halo is not a marker, as
 * on the page: lib/map/drawn-markers.ts) goes into `markerRadii`, keyed as the labels are.
 */
function layersSvg(store: LayerStore, projection: GeoProjection, scheme: ColorScheme, date: string, markerRadii: Map<string, number>): string {
  const path = geoPath(projection);
  const zoom = zoomOf(projection);
  const out: string[] = [];
  for (const id of LAYER_IDS) {
    const features = store.layers[id].collection.features as Feature<Geometry, Record<string, unknown>>[];
    for (const layer of placedStyleLayers(id, scheme, true, date)) {
      const filter = featureFilter(('filter' in layer ? layer.filter : undefined) as never, layer.id);
      const paint = ('paint' in layer ? layer.paint : undefined) as Paint | undefined;
      const layout = ('layout' in layer ? layer.layout : undefined) as Paint | undefined;
      for (const raw of features) {
        // d3 reads a polygon's ring the other way round from GeoJSON's right-hand rule (it is spherical).
        const f = raw.geometry.type.endsWith('Polygon') ? (rewind(raw, { reverse: true }) as typeof raw) : raw;
        const geometryType = f.geometry.type.replace('Multi', '') as 'Point' | 'LineString' | 'Polygon';
        const feature = { type: geometryType, properties: f.properties ?? {}, id: f.properties?.id };
        if (!filter.filter({ zoom }, feature as never)) continue;
        const get = (name: string) => property('paint', layer.type, name, paint, zoom, feature);
        if (layer.type === 'fill') {
          const d = path(f);
          if (!d) continue;
          const pattern = get('fill-pattern') as { name?: string } | string | undefined;
          const patternName = typeof pattern === 'string' ? pattern : pattern?.name;
          const fill = colour(get('fill-color'));
          const opacity = Number(get('fill-opacity') ?? 1);
          out.push(`<path d="${d}" fill="${patternName ? `url(#${patternName})` : (fill?.fill ?? 'none')}" fill-opacity="${n(opacity * (patternName ? 1 : (fill?.opacity ?? 1)))}"/>`);
        } else if (layer.type === 'line') {
          const d = path(f);
          if (!d) continue;
          const stroke = colour(get('line-color'));
          const width = Number(get('line-width') ?? 1);
          const dashes = get('line-dasharray') as number[] | undefined;
          const cap = property('layout', 'line', 'line-cap', layout, zoom, feature);
          const join = property('layout', 'line', 'line-join', layout, zoom, feature);
          out.push(
            `<path d="${d}" fill="none" stroke="${stroke?.fill ?? 'none'}" stroke-opacity="${n((stroke?.opacity ?? 1) * Number(get('line-opacity') ?? 1))}" stroke-width="${n(width)}" stroke-linecap="${String(cap)}" stroke-linejoin="${String(join)}"${dashes?.length ? ` stroke-dasharray="${dashes.map((x) => n(x * width)).join(' ')}"` : ''}/>`,
          );
        } else if (layer.type === 'circle' && f.geometry.type === 'Point') {
          const point = projection(f.geometry.coordinates as [number, number]);
          if (!point) continue;
          const fill = colour(get('circle-color'));
          const stroke = colour(get('circle-stroke-color'));
          const opacity = Number(get('circle-opacity') ?? 1);
          const radius = markerRadius(get);
          const key = labelKey(id, String(f.properties?.id));
          if (radius !== null) markerRadii.set(key, Math.max(markerRadii.get(key) ?? 0, radius));
          out.push(
            `<circle cx="${n(point[0])}" cy="${n(point[1])}" r="${n(Number(get('circle-radius') ?? 5))}" fill="${fill?.fill ?? 'none'}" fill-opacity="${n((fill?.opacity ?? 1) * opacity)}" stroke="${stroke?.fill ?? 'none'}" stroke-opacity="${n((stroke?.opacity ?? 1) * Number(get('circle-stroke-opacity') ?? 1))}" stroke-width="${n(Number(get('circle-stroke-width') ?? 0))}"/>`,
          );
        }
      }
    }
  }
  return out.join('');
}

/** How each kind of label is set, as the page's stylesheet sets it. */
function labelStyle(spec: LabelSpec & { primary?: boolean; minor?: boolean; label?: { kind: string } }): TextStyle {
  if (spec.label) {
    const kind = spec.label.kind;
    if (kind === 'focus-country') return { size: 14, weight: 700, spacing: 2.8 };
    if (kind === 'country') return { size: 11, spacing: 1.3 };
    return { size: kind === 'sea' ? 12 : 11, italic: true };
  }
  return spec.primary === false || spec.minor ? { size: 11 } : { size: 12, weight: 600 };
}

/** The labels, placed as the page places them (lib/map/place-labels.ts), measured in the picture's own font, with a halo. */
function labelsSvg(store: LayerStore, projection: GeoProjection, locale: Locale, scheme: ColorScheme, date: string, width: number, height: number, markerRadii: ReadonlyMap<string, number>): string {
  const labels = Object.fromEntries(LAYER_IDS.map((id) => [id, store.layers[id].labels.collection]));
  const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<(typeof LAYER_IDS)[number], boolean>;
  const inputs = { labels, visible, date };
  const ink = INK[scheme];
  type Drawn = { spec: LabelSpec; lines: { text: string; style: TextStyle; fill: string }[]; size: { width: number; height: number } };
  const drawn: Drawn[] = [];
  // A town drawn with its neighbour at the picture's zoom has no marker of its own there, and no label.
  const zoom = zoomOf(projection);
  for (const spec of placeLabelSpecs(inputs).filter((s) => isDrawnAt(drawnWithOf(s.feature.properties), zoom))) {
    const text = typeof spec.feature.properties.label === 'string' ? spec.feature.properties.label : shortPlaceName(spec.feature.properties.name);
    const style = labelStyle(spec);
    drawn.push({ spec, lines: [{ text, style, fill: scheme === 'dark' || !spec.colour ? ink.ink : paletteColour(spec.colour, 'light') }], size: { width: textWidth(text, style), height: style.size * 1.36 } });
  }
  for (const spec of figureLabelSpecs(inputs)) {
    const country = { text: String(spec.feature.properties.country), style: { size: 11 } as TextStyle, fill: ink.flow };
    const count = { text: formatCount(Number(spec.feature.properties.count), locale), style: { size: 13, weight: 700 } as TextStyle, fill: ink.flow };
    drawn.push({ spec, lines: [country, count], size: { width: Math.max(textWidth(country.text, country.style), textWidth(count.text, count.style)), height: 11 * 1.2 + 13 * 1.2 } });
  }
  for (const spec of fixedLabelSpecs({ visible })) {
    const style = labelStyle(spec);
    const fill = spec.label.kind === 'sea' ? ink.sea : spec.label.kind === 'country' ? ink.country : paletteColour('ukraineBorder', scheme);
    drawn.push({ spec, lines: [{ text: spec.label.text[locale], style, fill }], size: { width: textWidth(spec.label.text[locale], style), height: style.size * 1.36 } });
  }
  const anchor = (spec: LabelSpec) => projection([spec.position[0] as number, spec.position[1] as number]) ?? [-1e6, -1e6];
  const markers = markerSpecs({ labels, visible }).filter((m) => isDrawnAt(m.drawn, zoom)).map(({ key, position, radius: nominal }) => {
    const radius = markerRadii.get(key) ?? nominal;
    const [x, y] = projection([position[0], position[1]]) ?? [-1e6, -1e6];
    return { id: key, box: { left: x - radius, top: y - radius, right: x + radius, bottom: y + radius } };
  });
  const placement = placeLabels({
    labels: drawn.map(({ spec, size }) => ({ id: spec.key, priority: spec.priority, marker: spec.key, candidates: spec.positions.map((position) => ({ position, box: labelBox(anchor(spec) as [number, number], size, position, spec.offset) })) })),
    markers,
    obstacles: [],
    bounds: { left: 2, top: 2, right: width - 2, bottom: height - 2 },
    essentialBefore: LABEL_PRIORITY.minor,
  });
  const out: string[] = [];
  for (const { spec, lines, size } of drawn) {
    const position = placement.get(spec.key);
    if (!position) continue;
    const box: Box = labelBox(anchor(spec) as [number, number], size, position, spec.offset);
    let y = box.top;
    for (const line of lines) {
      const x = lines.length > 1 ? box.left + (size.width - textWidth(line.text, line.style)) / 2 : box.left;
      const lineHeight = lines.length > 1 ? line.style.size * 1.2 : size.height;
      const baseline = y + (lineHeight + line.style.size * 0.72) / 2;
      out.push(
        `<text x="${n(x)}" y="${n(baseline)}" font-family="${SANS}" font-size="${line.style.size}" font-weight="${line.style.weight ?? 400}"${line.style.italic ? ' font-style="italic"' : ''}${line.style.spacing ? ` letter-spacing="${line.style.spacing}"` : ''} fill="${line.fill}" stroke="${ink.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escape(line.text)}</text>`,
      );
      y += lineHeight;
    }
  }
  return out.join('');
}

/** The map's default view as SVG markup (no outer <svg>): background, every layer, and the labels. */
export function mapPictureSvg({ store, locale, scheme, width, height, date }: MapPictureInput): string {
  const projection = pictureProjection(width, height);
  const background = baseStyle(scheme).layers.find((l) => l.id === 'background') as { paint: { 'background-color': string } };
  const markerRadii = new Map<string, number>();
  return [
    `<defs>${patternDefs(scheme)}</defs>`,
    `<rect width="${width}" height="${height}" fill="${background.paint['background-color']}"/>`,
    layersSvg(store, projection, scheme, date, markerRadii),
    labelsSvg(store, projection, locale, scheme, date, width, height, markerRadii),
  ].join('');
}

/** Where a place lands in a picture of this size: for tests, and for a reader's eye. */
export function projectInPicture(position: [number, number], width: number, height: number): [number, number] {
  return pictureProjection(width, height)(position) as [number, number];
}

export type { FeatureCollection };
