'use client';

import { Marker } from 'react-map-gl/maplibre';
import type { Position } from 'geojson';
import { COUNTRY_LABELS } from '@/lib/map/country-labels';
import { formatCount } from '@/lib/format/format-number';
import { shortPlaceName } from '@/lib/format/short-place-name';
import { paletteColour, type PaletteColour } from '@/lib/layers/layer-module';
import { LAYERS } from '@/lib/layers/layers';
import type { LayerId } from '@/lib/layers/registry';
import type { CSSProperties } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Selection } from './feature-lookup';
import type { LayerCollection } from './use-layer-data';

/** The sides a feature may pin its label by (its `labelAnchor`). */
const LABEL_ANCHORS = ['top', 'bottom', 'left'] as const;

/** Layers whose point features get a clickable name label, with the label's colour. */
const LABELLED_LAYERS = LAYERS.flatMap((layer) => (layer.labels ? [{ id: layer.id as LayerId, ...layer.labels }] : []));

interface MapLabelsProps {
  collections: Partial<Record<LayerId, LayerCollection>>;
  visible: Record<LayerId, boolean>;
  onSelect: (selection: Selection) => void;
  /** The day whose refugee counts are labelled. */
  refugeeDate: string;
}

/** Labels as HTML markers: country and sea names, place names, and the refugee counts. */
export function MapLabels({ collections, visible, onSelect, refugeeDate }: MapLabelsProps) {
  const { locale, m } = useI18n();
  return (
    <>
      {visible.basemap &&
        COUNTRY_LABELS.map((label) => (
          <Marker key={label.key} longitude={label.position[0] as number} latitude={label.position[1] as number}>
            <span className={`map-label map-label--${label.kind}`} aria-hidden="true">
              {m.labels[label.key]}
            </span>
          </Marker>
        ))}
      {LABELLED_LAYERS.filter(({ id }) => visible[id]).flatMap(({ id: layerId, colour, below }) =>
        (collections[layerId]?.features ?? [])
          // A place another layer marks too (Kyiv, Mariupol) is named by that layer while it is on.
          .filter((f) => f.geometry.type === 'Point' && !(typeof f.properties.sharedWith === 'string' && visible[f.properties.sharedWith as LayerId]))
          .map((f) => {
            const position = (f.geometry as { coordinates: Position }).coordinates;
            const primary = f.properties.priority !== 'secondary' && f.properties.kind !== 'regional-capital';
            const anchor = LABEL_ANCHORS.find((a) => a === f.properties.labelAnchor) ?? (below ? 'top' : 'left');
            return (
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
            );
          }),
      )}
      {visible.refugees &&
        (collections.refugees?.features ?? [])
          .filter((f) => f.properties.kind === 'refugee-flow' && f.properties.snapshotDate === refugeeDate)
          .map((f) => {
            const position = f.properties.labelPosition as Position;
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
                    onSelect({ layerId: 'refugees', featureId: f.properties.id, anchor: position });
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

/** A label's colour, as the custom property the stylesheet reads (light scheme; dark labels are all ink). */
function labelColour(colour: PaletteColour): CSSProperties {
  return { '--label': paletteColour(colour, 'light') } as CSSProperties;
}
