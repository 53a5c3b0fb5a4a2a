import type { BBox, FeatureCollection } from 'geojson';
import { PALETTE, PALETTE_DARK } from '../config';
import type { Geodata } from '../geodata/load-geodata';
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import type { FeatureLocalizer } from '../i18n/feature-translations';
import type { DataStyleLayer, DatedStyle } from './style-layer';
import type { DrawnSnapshot } from '../refugees/refugee-summary';

/** A colour of the palette (lib/config.ts), by key: PALETTE_DARK's value in the dark scheme where it has one. */
export type PaletteColour = keyof typeof PALETTE;

/** Builds a layer's features from geodata/. Builders run on the server (route handlers, build scripts) only. */
export type LayerBuilder = (geodata: Geodata) => FeatureCollection;

/**
 * How a key entry or a layer switch draws its symbol: a shape in a palette colour, in either
 * scheme (components/map/LayerSymbolMark.tsx; the shapes are CSS classes of app/globals.css).
 */
export interface LayerSymbol {
  shape: 'dot' | 'ring' | 'dashed-ring' | 'hollow' | 'halo' | 'burst' | 'hatch' | 'line' | 'bar';
  colour: PaletteColour;
}

/** A name drawn at a fixed place while its layer is on (a country's, a sea's), in each language. */
export interface FixedLabel {
  key: string;
  text: Localized;
  /** [longitude, latitude]. */
  position: readonly [number, number];
  kind: 'country' | 'focus-country' | 'sea' | 'territory';
}

/** One line of the key: its symbol and its words. */
export interface LegendEntry {
  symbol: LayerSymbol;
  text: Localized;
}

/** One line of the saved image's key: a swatch colour and its words. */
export interface ImageKeyLine {
  colour: string;
  text: string;
}

/** What the saved image's key may say about the layer: the refugee figures drawn, where known; its colours in the picture's scheme. */
export interface ImageKeyContext {
  refugees: DrawnSnapshot | undefined;
  locale: Locale;
  /** The scheme the picture is drawn in (light where not given: the saved image is on white). */
  scheme?: 'light' | 'dark';
}

/** One step of "Walk through the story": the story's words, the layer it switches on, the camera. */
export interface LayerTourStep {
  title: Localized;
  /** The story's exact words for this step (checked against geodata/story.txt by the tests): English, the story's language. */
  quote: string;
  /** The quote in the other editions' languages, shown beside the original and labelled as a translation. */
  quoteTranslation: Omit<Localized, 'en'>;
  /** What the map shows at this step, in the newsroom's words. */
  caption: Localized;
  /** Where the camera goes, [w, s, e, n] degrees. */
  bounds: BBox;
}

/**
 * Everything about one data layer, exported by its folder's entry module (`lib/layers/<id>/index.ts`)
 * and listed once, in drawing order, in `lib/layers/layers.ts`. The registries, the API routes, the
 * boot style, the SWR hooks, the layer switches, the key, the labels, the map in words, the tour,
 * the saved image and the preloads are all derived from that list; `tests/unit/layer-modules.test.ts`
 * fails, naming the layer and the piece, when a layer lacks what its kind needs.
 */
export interface LayerModule<Id extends string = string> {
  /** Stable id: the API path (`/api/layers/<id>`), the map source, the `layers=` value of a link. */
  id: Id;
  /** The switch's name, and the downloaded file's title, in each language. */
  title: Localized;
  /** One sentence under the switch, and the downloaded file's description, in each language. */
  description: Localized;
  /** `switch`: the reader turns it on and off. `always`: drawn on every map (the basemap, the coast). */
  toggle: 'switch' | 'always';
  /**
   * The layer's place in the story's telling, 1 first: orders the switches, the key, the map in
   * words and the tour. Drawing order is the list's order instead.
   */
  storyOrder: number;
  /**
   * Loads the builder. Loaded on demand so that turf and the geodata parsers, which only the server
   * runs, stay out of the browser's bundles.
   */
  loadBuilder: () => Promise<LayerBuilder>;
  /**
   * Loads the sentences the builder writes itself, in the other languages (`./localize`); the
   * features' words from geodata/ are translated by id without it. Server only, like the builder.
   */
  loadLocalizer?: () => Promise<FeatureLocalizer>;
  /** Its MapLibre style layers as data, bottom first, in the light scheme. */
  style: readonly DataStyleLayer[];
  /** Paint that differs in the dark scheme, by style layer id (merged over `style`'s paint). */
  darkPaint: Readonly<Record<string, Record<string, unknown>>>;
  /** Style layers that open a feature's details when clicked. */
  clickable: readonly string[];
  /** The switch's symbol (switch layers). */
  swatch?: LayerSymbol;
  /** Its lines of the key, when the layer is on. */
  legend: readonly LegendEntry[];
  /**
   * Point features get a clickable HTML name label, in this palette colour (null: ink), right of the
   * point unless `below` (for a layer whose places sit beside another layer's labels).
   */
  labels?: { colour: PaletteColour | null; below?: boolean };
  /** Its section of the map in words (point layers): the section's heading, and the rule for what the layer includes, where it has one. */
  words?: { title: Localized; rule?: Localized };
  /** Its line of the saved image's key, when the layer is on; null when it has nothing to say. */
  imageKey?: (context: ImageKeyContext) => ImageKeyLine | null;
  /** Its step of the tour, where the story gives it one. */
  tour?: LayerTourStep;
  /**
   * A layer of day-by-day figures: the style layers that draw one day's features only, and the
   * property that names the day. The map draws the day the reader picked; without it, every day's
   * style is the same. Data, as the rest of the style, so that the early map's script can read it.
   */
  dated?: DatedStyle;
  /**
   * Labels that give a figure rather than a name: one per feature of `kind` drawn on the day shown,
   * with its `country` and its `count`, anchored by its `labelAnchor`; the larger counts keep a crowded spot.
   */
  figureLabels?: { kind: string };
  /** A key of widths with real numbers at the current zoom (proportional arrows): the counts it shows, where it measures, its words. */
  widthKey?: { counts: readonly number[]; latitude: number; title: Localized; minimum: Localized; note: Localized };
  /** The map cannot be read without it (the basemap): a failure to load it covers the map, with a retry. */
  essential?: boolean;
  /** Its title is a proper name (Kyiv), kept capitalised inside a sentence. */
  properName?: boolean;
  /** Names drawn at fixed places while the layer is on: countries, seas. */
  fixedLabels?: readonly FixedLabel[];
  /** Pattern images its style fills with (`fill-pattern`), striped in a palette colour in either scheme. */
  patterns?: readonly { id: string; colour: PaletteColour }[];
}

/** Declares a layer module, keeping its id and toggle as literal types for the registry. */
export function defineLayer<const Id extends string, const Toggle extends LayerModule['toggle']>(
  module: LayerModule<Id> & { toggle: Toggle },
): LayerModule<Id> & { toggle: Toggle } {
  return module;
}

/** A palette colour's value in a scheme. */
export function paletteColour(colour: PaletteColour, scheme: 'light' | 'dark'): string {
  return scheme === 'dark' && colour in PALETTE_DARK ? PALETTE_DARK[colour as keyof typeof PALETTE_DARK] : PALETTE[colour];
}
