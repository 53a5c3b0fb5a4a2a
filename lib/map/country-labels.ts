import type { Messages } from '../i18n/messages';
import type { Position } from 'geojson';

/** A label placed by hand where it does not collide with the story's features. */
export interface MapLabel {
  /** Its words, in the edition's catalogue (lib/i18n/messages/). */
  key: keyof Messages['labels'];
  position: Position;
  kind: 'country' | 'focus-country' | 'sea' | 'territory';
}

/** Country, sea and territory names, drawn as HTML so that no glyph server is needed. */
export const COUNTRY_LABELS: readonly MapLabel[] = [
  { key: 'ukraine', position: [32.6, 48.75], kind: 'focus-country' },
  { key: 'belarus', position: [27.9, 53.35], kind: 'country' },
  { key: 'russia', position: [40.5, 53.2], kind: 'country' },
  { key: 'poland', position: [19.6, 52.3], kind: 'country' },
  { key: 'romania', position: [24.7, 45.9], kind: 'country' },
  { key: 'moldova', position: [28.45, 47.75], kind: 'country' },
  { key: 'hungary', position: [19.3, 47.1], kind: 'country' },
  { key: 'slovakia', position: [18.7, 48.95], kind: 'country' },
  { key: 'lithuania', position: [23.9, 55.35], kind: 'country' },
  { key: 'blackSea', position: [33.2, 43.4], kind: 'sea' },
  { key: 'seaOfAzov', position: [36.55, 46.2], kind: 'sea' },
  { key: 'crimea', position: [34.2, 44.2], kind: 'territory' },
];
