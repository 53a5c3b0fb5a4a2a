import type { BBox, Position } from 'geojson';

/** The date the map shows: Thursday 3 March 2022, day 8 of Russia's full-scale invasion. */
export const MAP_DATE = '2022-03-03';

/** The place every feature's distance is measured from (geodata/places.json): the capital, where the talks were announced. */
export const DISTANCE_ORIGIN_PLACE_ID = 'kyiv';

/**
 * Region the basemap covers and the map may pan to, [west, south, east, north] in degrees: the story needs
 * 12°E–46°E and 40°N–60°N; the margin lets a wide, short embed fit the story without showing the edge.
 */
export const REGION_BBOX: BBox = [4, 36, 56, 62];

/** First view: Ukraine with the onward flow to the west and Moscow to the north-east, [w, s, e, n] degrees. */
export const INITIAL_BOUNDS: BBox = [16.2, 43.9, 41.0, 56.3];

/** Zoom range the map allows; the basemap's precision is chosen for it. */
export const MIN_ZOOM = 3; // whole region on a phone
export const MAX_ZOOM = 10; // city scale; Natural Earth 1:50m is coarse beyond this

/** Decimal places kept in served coordinates: 3 ≈ 110 m, under a pixel up to MAX_ZOOM. */
export const COORDINATE_DECIMALS = 3;

/** ISO 3166-1 numeric codes used by the basemap. */
export const ISO_UKRAINE = '804';
export const ISO_RUSSIA = '643';

/** A point inside Crimea, used to find the peninsula inside Natural Earth's Russia (facts.md). */
export const CRIMEA_PROBE: Position = [34.1, 44.95];

/** Radius of the emphasis ring drawn around each port in the story, in kilometres. */
export const PORT_RING_RADIUS_KM = 20;

/** Refugee arrow widths: the largest flow of the snapshot is drawn at MAX, none narrower than MIN. */
export const FLOW_MAX_WIDTH_KM = 55; // ≈ 35 px at zoom 5 around 49°N
export const FLOW_MIN_WIDTH_KM = 4; // counts below ≈ 37,000 are drawn at this width, and the legend says so

/** HTTP caching of the layer API: browsers 1 hour, shared caches 1 day, then serve stale while revalidating. */
export const LAYER_CACHE_CONTROL = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400';

/** Map colours (light theme). Ukraine is the warm focus; refugee flows are teal, never the red of military arrows. */
export const PALETTE = {
  sea: '#d9e6ee', // background
  land: '#f1eee8', // neighbouring countries
  landBorder: '#a29d95',
  ukraine: '#fdf1c2', // the story's country stands out
  ukraineBorder: '#7a5d00',
  crimeaHatch: '#7a5d00',
  coast: '#1c5d8a',
  capital: '#1b1b1b',
  talks: '#5b2a86',
  portSeized: '#a3161f',
  portBesieged: '#a3161f',
  portOther: '#6d4c41',
  refugeeFlow: '#1f8a80',
  refugeeFlowOutline: '#0f5c55',
  crossing: '#0f5c55',
  context: '#555555',
  underFire: '#c2410c', // cities under fire: orange, apart from the ports' red and from the teal of people fleeing
} as const;

/**
 * The Sea of Azov (with the Sivash lagoon), roughly, to tell its coast from the Black Sea's:
 * bounded by the Kerch Strait in the south and the Arabat Spit and Perekop isthmus in the west.
 */
export const SEA_OF_AZOV_AREA: Position[] = [
  [33.4, 45.75],
  [34.6, 45.3],
  [35.9, 45.35],
  [36.55, 45.3],
  [37.6, 45.6],
  [38.6, 46.0],
  [39.6, 47.1],
  [39.3, 47.4],
  [37.8, 47.3],
  [36.0, 46.9],
  [34.8, 46.5],
  [33.4, 46.3],
  [33.4, 45.75],
];

/** `type` of the message an embed posts to its host page with its height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'ukraine-map:height';

/** Default iframe heights by the iframe's width, in CSS pixels, before the embed reports its own. */
export const EMBED_DEFAULT_HEIGHTS = [
  { minWidth: 900, height: 650 },
  { minWidth: 500, height: 575 },
  { minWidth: 0, height: 400 },
] as const;

/** Map colours of the dark theme, where they differ from PALETTE. */
export const PALETTE_DARK = {
  sea: '#16202b',
  land: '#2b313a',
  landBorder: '#5d6673',
  ukraine: '#4a4020',
  ukraineBorder: '#e3c35a',
  crimeaHatch: '#e3c35a',
  coast: '#6fb3e6',
  capital: '#f2f2f2',
  refugeeFlow: '#4cc9bb', // lighter teal: the light theme's reads too dark on the dark ground
  refugeeFlowOutline: '#9fe6dd',
  // The light theme's dark red and purple vanish on the near-black ground: lighter tints of the same hues.
  portSeized: '#ff6b6b',
  portBesieged: '#ff6b6b',
  portOther: '#a1887f',
  talks: '#c59cf0',
  underFire: '#ff9f43',
} as const;
