import { Marker, useMap } from 'react-map-gl/maplibre';
import type { Position } from 'geojson';
import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { formatCount } from '@/lib/format/format-number';
import { shortPlaceName } from '@/lib/format/short-place-name';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import { paletteColour, type PaletteColour } from '@/lib/layers/layer-module';
import type { LayerId } from '@/lib/layers/registry';
import { crowdedLabels, type LabelCandidate } from '@/lib/map/crowded-labels';
import { drawnWithOf, figureLabelSpecs, fixedLabelSpecs, markerSpecs, placeLabelSpecs, type LabelSpec } from '@/lib/map/label-specs';
import { isDrawnAt, type DrawnWithProperties } from '@/lib/layers/drawn-with';
import { useI18n } from '../i18n/I18nProvider';
import type { Selection } from './feature-lookup';
import { useLabelPlacement } from './use-label-placement';

interface MapLabelsProps {
  /** Each layer's labels (lib/layers/layer-labels.ts): a point per label, at its anchor. */
  labels: Partial<Record<LayerId, LabelCollection>>;
  visible: Record<LayerId, boolean>;
  onSelect: (selection: Selection) => void;
  /** The day whose figures (refugee counts) are labelled. */
  refugeeDate: string;
}

/**
 * Labels as HTML markers: country and sea names, place names, and figures (the refugee counts).
 * Each is pinned by its top-left corner to its anchor and placed round it by useLabelPlacement
 * (lib/map/place-labels.ts), in the story's order, where it covers no other label, marker or control.
 */
export function MapLabels({ labels, visible, onSelect, refugeeDate }: MapLabelsProps) {
  const { locale } = useI18n();
  const map = useMap().current?.getMap();
  const inputs = { labels, visible, date: refugeeDate };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const places = useMemo(() => placeLabelSpecs(inputs), [labels, visible]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const figures = useMemo(() => figureLabelSpecs(inputs), [labels, visible, refugeeDate]);
  const fixed = useMemo(() => fixedLabelSpecs({ visible }), [visible]);
  const markers = useMemo(() => markerSpecs({ labels, visible }), [labels, visible]);
  const candidates = useMemo(
    () => [
      ...places.map(({ key, position, primary, feature }) => ({ id: key, position, rank: primary ? 0 : 1, weight: 0, drawn: drawnWithOf(feature.properties) })),
      ...figures.map(({ key, position, minor, feature }) => ({ id: key, position, rank: minor ? 1 : 0, weight: Number(feature.properties.count), drawn: {} })),
    ],
    [places, figures],
  );
  const crowded = useCrowdedLabels(candidates);
  useLabelPlacement(map, markers, [places, figures, fixed, crowded, locale]);
  const select = (spec: LabelSpec) => (event: { stopPropagation: () => void }) => {
    event.stopPropagation();
    onSelect({ layerId: spec.layerId, featureId: spec.key.slice(spec.layerId.length + 1), anchor: spec.position });
  };

  return (
    <>
      {fixed.map((spec) => (
        <Pin key={spec.key} spec={spec}>
          <span className={`map-label map-label--${spec.label.kind}`} aria-hidden="true" {...placement(spec)}>
            {spec.label.text[locale]}
          </span>
        </Pin>
      ))}
      {places
        .filter(({ key }) => !crowded.has(key))
        .map((spec) => (
          <Pin key={spec.key} spec={spec}>
            <button
              type="button"
              className={`map-label map-label--place map-label--${spec.layerId}${spec.primary ? '' : ' map-label--minor'}`}
              style={spec.colour ? labelColour(spec.colour) : undefined}
              data-feature-id={spec.feature.properties.id}
              onClick={select(spec)}
              {...placement(spec)}
            >
              {typeof spec.feature.properties.label === 'string' ? spec.feature.properties.label : shortPlaceName(spec.feature.properties.name)}
            </button>
          </Pin>
        ))}
      {figures
        .filter(({ key }) => !crowded.has(key))
        .map((spec) => (
          <Pin key={spec.key} spec={spec}>
            <button type="button" className={`map-label map-label--flow${spec.minor ? ' map-label--minor' : ''}`} data-feature-id={spec.feature.properties.id} onClick={select(spec)} {...placement(spec)}>
              <span className="map-label__country">{String(spec.feature.properties.country)}</span>
              <span className="map-label__count">{formatCount(Number(spec.feature.properties.count), locale)}</span>
            </button>
          </Pin>
        ))}
    </>
  );
}

/** A label's marker, pinned by its top-left corner to the anchor: the label inside is placed round that point. */
function Pin({ spec, children }: { spec: LabelSpec; children: ReactNode }) {
  return (
    <Marker longitude={spec.position[0] as number} latitude={spec.position[1] as number} anchor="top-left" offset={[0, 0]}>
      {children}
    </Marker>
  );
}

/** What the placement reads of a label. */
const placement = (spec: LabelSpec) => ({
  'data-label-key': spec.key,
  'data-label-priority': spec.priority,
  'data-label-positions': spec.positions.join(','),
  'data-label-offset': `${spec.offset.x},${spec.offset.y}`,
});

/**
 * The labels not to make at the map's current view (crowdedLabels), worked out again whenever the
 * view settles or the map is resized: projecting a few hundred anchors costs less than a millisecond,
 * while each marker made costs its DOM, its listeners and its move on every frame.
 */
/** A label the map could make, before it is projected: its anchor, and at which zooms its place is drawn. */
type Unprojected = Omit<LabelCandidate, 'point'> & { position: Position; drawn: DrawnWithProperties };

function useCrowdedLabels(labels: readonly Unprojected[]): Set<string> {
  const map = useMap().current?.getMap();
  const [view, setView] = useState(0);
  useEffect(() => {
    if (!map) return;
    const settle = () => setView((v) => v + 1);
    map.on('moveend', settle);
    map.on('resize', settle);
    return () => {
      map.off('moveend', settle);
      map.off('resize', settle);
    };
  }, [map]);
  // `view` is not read: it says when the view has settled, and so when to project the anchors again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const crowded = useMemo(() => (map ? notMade(map, labels) : new Set<string>()), [map, labels, view]);
  return crowded;
}

/**
 * The labels crowded out, those of places drawn with a neighbour at this zoom (lib/layers/drawn-with.ts: the
 * neighbour's marker and label stand for both), and those whose anchor lies more than half the map's size beyond
 * its edge: zoomed far in on dense data, hundreds of markers off screen would each still move on every frame.
 */
function notMade(map: MapLibreMap, labels: readonly Unprojected[]): Set<string> {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const zoom = map.getZoom();
  const withNeighbour = labels.filter((l) => !isDrawnAt(l.drawn, zoom)).map((l) => l.id);
  const candidates = labels.filter((l) => isDrawnAt(l.drawn, zoom)).map(({ position, drawn: _drawn, ...l }) => ({ ...l, point: project(map, position) }));
  const isFar = ({ point: [x, y] }: LabelCandidate) => x < -w / 2 || x > 1.5 * w || y < -h / 2 || y > 1.5 * h;
  const crowded = crowdedLabels(candidates.filter((c) => !isFar(c)));
  for (const c of candidates) if (isFar(c)) crowded.add(c.id);
  for (const id of withNeighbour) crowded.add(id);
  return crowded;
}

const project = (map: Pick<MapLibreMap, 'project'>, position: Position): [number, number] => {
  const { x, y } = map.project([position[0] as number, position[1] as number]);
  return [x, y];
};

/** A label's colour, as the custom property the stylesheet reads (light scheme; dark labels are all ink). */
function labelColour(colour: PaletteColour): CSSProperties {
  return { '--label': paletteColour(colour, 'light') } as CSSProperties;
}
