import { Marker, useMap } from 'react-map-gl/maplibre';
import type { Position } from 'geojson';
import { formatCount } from '@/lib/format/format-number';
import { shortPlaceName } from '@/lib/format/short-place-name';
import { paletteColour, type PaletteColour } from '@/lib/layers/layer-module';
import { LAYERS } from '@/lib/layers/layers';
import type { LayerId } from '@/lib/layers/registry';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { crowdedLabels, type LabelCandidate } from '@/lib/map/crowded-labels';
import { useI18n } from '../i18n/I18nProvider';
import type { LabelCollection } from '@/lib/layers/layer-labels';
import type { Selection } from './feature-lookup';

/** The sides a feature may pin its label by (its `labelAnchor`). */
const LABEL_ANCHORS = ['top', 'bottom', 'left'] as const;

/** Layers whose point features get a clickable name label, with the label's colour. */
const LABELLED_LAYERS = LAYERS.flatMap((layer) => (layer.labels ? [{ id: layer.id as LayerId, ...layer.labels }] : []));
/** Layers whose features get a label with a figure (a refugee arrow's count), and which features. */
const FIGURE_LAYERS = LAYERS.flatMap((layer) => ('figureLabels' in layer && layer.figureLabels ? [{ id: layer.id as LayerId, ...layer.figureLabels }] : []));
/** Layers with names at fixed places (countries, seas). */
const FIXED_LABEL_LAYERS = LAYERS.flatMap((layer) => ('fixedLabels' in layer && layer.fixedLabels ? [{ id: layer.id as LayerId, labels: layer.fixedLabels }] : []));

interface MapLabelsProps {
  /** Each layer's labels (lib/layers/layer-labels.ts): a point per label, at its anchor. */
  labels: Partial<Record<LayerId, LabelCollection>>;
  visible: Record<LayerId, boolean>;
  onSelect: (selection: Selection) => void;
  /** The day whose figures (refugee counts) are labelled. */
  refugeeDate: string;
}

/** Labels as HTML markers: country and sea names, place names, and figures (the refugee counts). */
export function MapLabels({ labels, visible, onSelect, refugeeDate }: MapLabelsProps) {
  const { locale } = useI18n();
  const places = useMemo(
    () =>
      LABELLED_LAYERS.filter(({ id }) => visible[id]).flatMap(({ id: layerId, colour, below }) =>
        (labels[layerId]?.features ?? [])
          // A place another layer marks too (Kyiv, Mariupol) is named by that layer while it is on.
          .filter((f) => !(typeof f.properties.sharedWith === 'string' && visible[f.properties.sharedWith as LayerId]))
          .map((f) => ({
            layerId,
            colour,
            feature: f,
            position: f.geometry.coordinates,
            primary: f.properties.priority !== 'secondary' && f.properties.kind !== 'regional-capital',
            anchor: LABEL_ANCHORS.find((a) => a === f.properties.labelAnchor) ?? (below ? 'top' : 'left'),
          })),
      ),
    [labels, visible],
  );
  const flows = useMemo(
    () =>
      FIGURE_LAYERS.filter(({ id }) => visible[id]).flatMap(({ id: layerId, kind }) =>
        (labels[layerId]?.features ?? []).filter((f) => f.properties.kind === kind && f.properties.snapshotDate === refugeeDate).map((feature) => ({ layerId, feature })),
      ),
    [labels, visible, refugeeDate],
  );
  const candidates = useMemo(
    () => [
      ...places.map(({ layerId, feature, position, primary }) => ({ id: labelKey(layerId, feature.properties.id), position, rank: primary ? 0 : 1, weight: 0 })),
      ...flows.map(({ layerId, feature: f }) => ({
        id: labelKey(layerId, f.properties.id),
        position: f.geometry.coordinates,
        rank: f.properties.widthClamped === true ? 1 : 0,
        weight: Number(f.properties.count),
      })),
    ],
    [places, flows],
  );
  const crowded = useCrowdedLabels(candidates);

  return (
    <>
      {FIXED_LABEL_LAYERS.filter(({ id }) => visible[id]).flatMap(({ labels: fixed }) =>
        fixed.map((label) => (
          <Marker key={label.key} longitude={label.position[0]} latitude={label.position[1]}>
            <span className={`map-label map-label--${label.kind}`} aria-hidden="true">
              {label.text[locale]}
            </span>
          </Marker>
        )),
      )}
      {places
        .filter(({ layerId, feature }) => !crowded.has(labelKey(layerId, feature.properties.id)))
        .map(({ layerId, colour, feature: f, position, primary, anchor }) => (
          <Marker
            key={f.properties.id}
            longitude={position[0] as number}
            latitude={position[1] as number}
            anchor={anchor}
            offset={anchor === 'top' ? [0, 7] : anchor === 'bottom' ? [0, -7] : [9, 0]}
          >
            <button
              type="button"
              className={`map-label map-label--place map-label--${layerId}${primary ? '' : ' map-label--minor'}`}
              style={colour ? labelColour(colour) : undefined}
              data-feature-id={f.properties.id}
              onClick={(event) => {
                event.stopPropagation();
                onSelect({ layerId, featureId: f.properties.id, anchor: position });
              }}
            >
              {typeof f.properties.label === 'string' ? f.properties.label : shortPlaceName(f.properties.name)}
            </button>
          </Marker>
        ))}
      {flows
        .filter(({ layerId, feature }) => !crowded.has(labelKey(layerId, feature.properties.id)))
        .map(({ layerId, feature: f }) => {
          const position = f.geometry.coordinates;
          return (
            <Marker
              key={f.properties.id}
              longitude={position[0] as number}
              latitude={position[1] as number}
              anchor={f.properties.labelAnchor as 'left' | 'right' | 'top' | 'bottom'}
              offset={[0, 0]}
            >
              <button
                type="button"
                className={`map-label map-label--flow${f.properties.widthClamped === true ? ' map-label--minor' : ''}`}
                data-feature-id={f.properties.id}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect({ layerId, featureId: f.properties.id, anchor: position });
                }}
              >
                <span className="map-label__country">{String(f.properties.country)}</span>
                <span className="map-label__count">{formatCount(Number(f.properties.count), locale)}</span>
              </button>
            </Marker>
          );
        })}
    </>
  );
}

/**
 * The labels not to make at the map's current view (crowdedLabels), worked out again whenever the
 * view settles or the map is resized: projecting a few hundred anchors costs less than a millisecond,
 * while each marker made costs its DOM, its listeners and its move on every frame.
 */
function useCrowdedLabels(labels: readonly (Omit<LabelCandidate, 'point'> & { position: Position })[]): Set<string> {
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
  // Labels made or removed after a move: one more frame, so that the map's next `idle` declutters them
  // (after an eased move, `idle` has already fired by the time React commits them).
  useEffect(() => map?.triggerRepaint(), [map, crowded]);
  return crowded;
}

/**
 * The labels crowded out, and those whose anchor lies more than half the map's size beyond its edge:
 * zoomed far in on dense data, hundreds of markers off screen would each still move on every frame.
 */
function notMade(map: MapLibreMap, labels: readonly (Omit<LabelCandidate, 'point'> & { position: Position })[]): Set<string> {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const candidates = labels.map(({ position, ...l }) => ({ ...l, point: project(map, position) }));
  const isFar = ({ point: [x, y] }: LabelCandidate) => x < -w / 2 || x > 1.5 * w || y < -h / 2 || y > 1.5 * h;
  const crowded = crowdedLabels(candidates.filter((c) => !isFar(c)));
  for (const c of candidates) if (isFar(c)) crowded.add(c.id);
  return crowded;
}

const project = (map: Pick<MapLibreMap, 'project'>, position: Position): [number, number] => {
  const { x, y } = map.project([position[0] as number, position[1] as number]);
  return [x, y];
};

/** One label's key among all the layers' labels: feature ids are unique within a layer only. */
const labelKey = (layerId: LayerId, featureId: string) => `${layerId}:${featureId}`;

/** A label's colour, as the custom property the stylesheet reads (light scheme; dark labels are all ink). */
function labelColour(colour: PaletteColour): CSSProperties {
  return { '--label': paletteColour(colour, 'light') } as CSSProperties;
}
