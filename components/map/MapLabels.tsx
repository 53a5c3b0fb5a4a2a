'use client';

import { Marker } from 'react-map-gl/maplibre';
import type { Position } from 'geojson';
import { COUNTRY_LABELS } from '@/lib/map/country-labels';
import { formatCount } from '@/lib/format/format-number';
import { shortPlaceName } from '@/lib/format/short-place-name';
import type { LayerId } from '@/lib/layers/registry';
import type { Selection } from './feature-lookup';
import type { LayerCollection } from './use-layer-data';

/** Layers whose point features get a clickable name label. */
const LABELLED_LAYERS = ['talks', 'ports', 'context', 'kyiv'] as const satisfies readonly LayerId[];

interface MapLabelsProps {
  collections: Partial<Record<LayerId, LayerCollection>>;
  visible: Record<LayerId, boolean>;
  onSelect: (selection: Selection) => void;
  /** The day whose refugee counts are labelled. */
  refugeeDate: string;
}

/** Labels as HTML markers: country and sea names, place names, and the refugee counts. */
export function MapLabels({ collections, visible, onSelect, refugeeDate }: MapLabelsProps) {
  return (
    <>
      {visible.basemap &&
        COUNTRY_LABELS.map((label) => (
          <Marker key={label.text} longitude={label.position[0] as number} latitude={label.position[1] as number}>
            <span className={`map-label map-label--${label.kind}`} aria-hidden="true">
              {label.text}
            </span>
          </Marker>
        ))}
      {LABELLED_LAYERS.filter((id) => visible[id]).flatMap((layerId) =>
        (collections[layerId]?.features ?? [])
          .filter((f) => f.geometry.type === 'Point')
          .map((f) => {
            const position = (f.geometry as { coordinates: Position }).coordinates;
            const primary = f.properties.priority !== 'secondary' && f.properties.kind !== 'regional-capital';
            return (
              <Marker
                key={f.properties.id}
                longitude={position[0] as number}
                latitude={position[1] as number}
                anchor="left"
                offset={[9, 0]}
              >
                <button
                  type="button"
                  className={`map-label map-label--place map-label--${layerId}${primary ? '' : ' map-label--minor'}`}
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
                  <span className="map-label__count">{formatCount(Number(f.properties.count))}</span>
                </button>
              </Marker>
            );
          })}
    </>
  );
}
