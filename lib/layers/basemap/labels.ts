import type { FixedLabel } from '../layer-module';

/** Country, sea and territory names, placed by hand clear of the story's features; drawn as HTML, so that no glyph server is needed. */
export const BASEMAP_LABELS: readonly FixedLabel[] = [
  { key: 'ukraine', text: { en: 'UKRAINE', uk: 'УКРАЇНА' }, position: [32.6, 48.75], kind: 'focus-country' },
  { key: 'belarus', text: { en: 'BELARUS', uk: 'БІЛОРУСЬ' }, position: [27.9, 53.35], kind: 'country' },
  { key: 'russia', text: { en: 'RUSSIA', uk: 'РОСІЯ' }, position: [40.5, 53.2], kind: 'country' },
  { key: 'poland', text: { en: 'POLAND', uk: 'ПОЛЬЩА' }, position: [19.6, 52.3], kind: 'country' },
  { key: 'romania', text: { en: 'ROMANIA', uk: 'РУМУНІЯ' }, position: [24.7, 45.9], kind: 'country' },
  { key: 'moldova', text: { en: 'MOLDOVA', uk: 'МОЛДОВА' }, position: [28.45, 47.75], kind: 'country' },
  { key: 'hungary', text: { en: 'HUNGARY', uk: 'УГОРЩИНА' }, position: [19.3, 47.1], kind: 'country' },
  { key: 'slovakia', text: { en: 'SLOVAKIA', uk: 'СЛОВАЧЧИНА' }, position: [18.7, 48.95], kind: 'country' },
  { key: 'lithuania', text: { en: 'LITHUANIA', uk: 'ЛИТВА' }, position: [23.9, 55.35], kind: 'country' },
  { key: 'blackSea', text: { en: 'Black Sea', uk: 'Чорне море' }, position: [33.2, 43.4], kind: 'sea' },
  { key: 'seaOfAzov', text: { en: 'Sea of Azov', uk: 'Азовське море' }, position: [36.55, 46.2], kind: 'sea' },
  { key: 'crimea', text: { en: 'Crimea (annexed by Russia, 2014)', uk: 'Крим (тимчасово окупований Росією з 2014 року)' }, position: [34.2, 44.2], kind: 'territory' },
];
