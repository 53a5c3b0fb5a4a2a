import type { Position } from 'geojson';
import type { Locale } from '../i18n/locale';
import type { LabelCollection, LabelProperties } from '../layers/layer-labels';
import type { FixedLabel, PaletteColour } from '../layers/layer-module';
import type { DrawnWithProperties } from '../layers/drawn-with';
import { LAYERS } from '../layers/layers';
import type { LayerId } from '../layers/registry';
import { CENTRED_POSITIONS, PLACE_POSITIONS, type LabelPosition } from './place-labels';

/**
 * The order in which labels are placed, the story's: its main places and its counts, by their
 * layer's place in the story (Kyiv, the talks venues, Kherson and Mariupol, the refugee counts,
 * the larger first, then the context), then the other places, then the countries' and seas' names,
 * which give way first.
 */
export const LABEL_PRIORITY = { story: 10, minor: 20, focusCountry: 30, sea: 31, country: 32 } as const;

/** How far a label keeps from its anchor, beside (x) and above or below (y) the marker, in pixels. */
const PLACE_OFFSET = { x: 9, y: 7 };
const STORY_PLACE_OFFSET = { x: 11, y: 9 };
const COUNT_OFFSET = { x: 2, y: 2 };
const FIXED_OFFSET = { x: 4, y: 2 };

/** A label the map makes: what it names, where its anchor is, how soon it is placed and where it may go. */
export interface LabelSpec {
  /** `<layer>:<feature>`: feature ids are unique within a layer only. */
  key: string;
  layerId: LayerId;
  position: Position;
  priority: number;
  /** Positions to try, its preferred one first. */
  positions: readonly LabelPosition[];
  offset: { x: number; y: number };
}

export interface PlaceLabelSpec extends LabelSpec {
  feature: { properties: LabelProperties };
  colour: PaletteColour | null;
  /** A main place (drawn bold); minor ones give way first. */
  primary: boolean;
}

export interface FigureLabelSpec extends LabelSpec {
  feature: { properties: LabelProperties };
  /** Below the arrows' minimum width: drawn in the minor style. */
  minor: boolean;
}

export interface FixedLabelSpec extends LabelSpec {
  label: FixedLabel;
}

/** A marker a label may not cover (another place's), in half-size pixels. */
export interface MarkerSpec {
  key: string;
  position: readonly [number, number];
  radius: number;
  /** Its feature's properties that say at which zooms it is drawn (lib/layers/drawn-with.ts). */
  drawn: DrawnWithProperties;
}

/** One label's key among all the layers' labels. */
export const labelKey = (layerId: LayerId, featureId: string) => `${layerId}:${featureId}`;

/** The positions, the preferred one first. */
const preferring = (first: LabelPosition, all: readonly LabelPosition[]) => [first, ...all.filter((p) => p !== first)];

/** Where a feature's own `labelAnchor` (the side of the label its anchor is on) puts the label. */
const FROM_ANCHOR: Record<string, LabelPosition> = { left: 'right', right: 'left', top: 'below', bottom: 'above' };

type Inputs = { labels: Partial<Record<LayerId, LabelCollection>>; visible: Record<LayerId, boolean>; date: string };

/** The place labels of the layers switched on: a place another layer names too is named by that one while it is on. */
export function placeLabelSpecs({ labels, visible }: Inputs): PlaceLabelSpec[] {
  return LAYERS.flatMap((layer) => {
    if (!layer.labels || !visible[layer.id]) return [];
    const { colour, below } = layer.labels;
    return (labels[layer.id]?.features ?? [])
      .filter((f) => !(typeof f.properties.sharedWith === 'string' && visible[f.properties.sharedWith as LayerId]))
      .filter((f) => !figureKindOf(layer.id) || f.properties.kind !== figureKindOf(layer.id))
      .map((f) => {
        const primary = f.properties.priority !== 'secondary' && f.properties.kind !== 'regional-capital';
        const first = FROM_ANCHOR[String(f.properties.labelAnchor)] ?? (below ? 'below' : 'right');
        return {
          key: labelKey(layer.id, f.properties.id),
          layerId: layer.id,
          feature: f,
          colour,
          primary,
          position: f.geometry.coordinates,
          priority: primary ? LABEL_PRIORITY.story + layer.storyOrder : LABEL_PRIORITY.minor + layer.storyOrder / 10,
          positions: preferring(first, PLACE_POSITIONS),
          offset: primary ? STORY_PLACE_OFFSET : PLACE_OFFSET,
        };
      });
  });
}

/** The figure labels (an arrow's country and count) of the day shown, the larger count placed first. */
export function figureLabelSpecs({ labels, visible, date }: Inputs): FigureLabelSpec[] {
  return LAYERS.flatMap((layer) => {
    const kind = figureKindOf(layer.id);
    if (!kind || !visible[layer.id]) return [];
    return (labels[layer.id]?.features ?? [])
      .filter((f) => f.properties.kind === kind && f.properties.snapshotDate === date)
      .map((f) => {
        const minor = f.properties.widthClamped === true;
        return {
          key: labelKey(layer.id, f.properties.id),
          layerId: layer.id,
          feature: f,
          minor,
          position: f.geometry.coordinates,
          priority: minor ? LABEL_PRIORITY.minor + layer.storyOrder / 10 : LABEL_PRIORITY.story + layer.storyOrder + 1 / (1 + Number(f.properties.count)),
          positions: preferring(FROM_ANCHOR[String(f.properties.labelAnchor)] ?? 'right', PLACE_POSITIONS),
          offset: COUNT_OFFSET,
        };
      });
  });
}

/** The names at fixed places (countries, seas) of the layers switched on, which give way first. */
export function fixedLabelSpecs({ visible }: Pick<Inputs, 'visible'>): FixedLabelSpec[] {
  return LAYERS.flatMap((layer) =>
    'fixedLabels' in layer && layer.fixedLabels && visible[layer.id]
      ? layer.fixedLabels.map((label) => ({
          key: labelKey(layer.id, label.key),
          layerId: layer.id,
          label,
          position: [...label.position],
          priority: label.kind === 'focus-country' ? LABEL_PRIORITY.focusCountry : label.kind === 'country' ? LABEL_PRIORITY.country : LABEL_PRIORITY.sea,
          positions: CENTRED_POSITIONS,
          offset: FIXED_OFFSET,
        }))
      : [],
  );
}

/** Every place's marker drawn on the map (not an arrow's label anchor), which no other place's label may cover. */
export function markerSpecs({ labels, visible }: Pick<Inputs, 'labels' | 'visible'>): MarkerSpec[] {
  return LAYERS.flatMap((layer) =>
    visible[layer.id]
      ? (labels[layer.id]?.features ?? [])
          .filter((f) => f.properties.kind !== figureKindOf(layer.id))
          .map((f) => ({
            key: labelKey(layer.id, f.properties.id),
            position: [f.geometry.coordinates[0] as number, f.geometry.coordinates[1] as number] as const,
            radius: f.properties.priority === 'primary' ? 5 : 3,
            drawn: drawnWithOf(f.properties),
          }))
      : [],
  );
}

/** The properties of a label's feature that say at which zooms it is drawn. */
export function drawnWithOf(properties: LabelProperties): DrawnWithProperties {
  return typeof properties.drawnWithBelowZoom === 'number' ? { drawnWith: String(properties.drawnWith), drawnWithBelowZoom: properties.drawnWithBelowZoom } : {};
}

function figureKindOf(layerId: LayerId): string | undefined {
  const layer = LAYERS.find((l) => l.id === layerId);
  return layer && 'figureLabels' in layer ? layer.figureLabels?.kind : undefined;
}

/** A fixed label's words in the edition's language. */
export const fixedLabelText = (spec: FixedLabelSpec, locale: Locale) => spec.label.text[locale];
