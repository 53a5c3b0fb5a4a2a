import type { Position } from 'geojson';

/** A label placed by hand where it does not collide with the story's features. */
export interface MapLabel {
  text: string;
  position: Position;
  kind: 'country' | 'focus-country' | 'sea' | 'territory';
}

/** Country, sea and territory names, drawn as HTML so that no glyph server is needed. */
export const COUNTRY_LABELS: readonly MapLabel[] = [
  { text: 'UKRAINE', position: [32.6, 48.75], kind: 'focus-country' },
  { text: 'BELARUS', position: [27.9, 53.35], kind: 'country' },
  { text: 'RUSSIA', position: [40.5, 53.2], kind: 'country' },
  { text: 'POLAND', position: [19.6, 52.3], kind: 'country' },
  { text: 'ROMANIA', position: [24.7, 45.9], kind: 'country' },
  { text: 'MOLDOVA', position: [28.45, 47.75], kind: 'country' },
  { text: 'HUNGARY', position: [19.3, 47.1], kind: 'country' },
  { text: 'SLOVAKIA', position: [18.7, 48.95], kind: 'country' },
  { text: 'LITHUANIA', position: [23.9, 55.35], kind: 'country' },
  { text: 'Black Sea', position: [33.2, 43.4], kind: 'sea' },
  { text: 'Sea of Azov', position: [36.55, 46.2], kind: 'sea' },
  { text: 'Crimea (annexed by Russia, 2014)', position: [34.2, 44.2], kind: 'territory' },
];
