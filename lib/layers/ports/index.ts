import { PALETTE, PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { PORTS_INTERACTIVE_LAYER_IDS, PORTS_LAYERS } from './definition';

/** The ports: Kherson seized, Mariupol besieged, the coast's others captured or threatened. */
export const ports = defineLayer({
  id: 'ports',
  title: 'Ports',
  description: 'Kherson, seized on 2 March, and Mariupol, besieged; other ports of the coast.',
  toggle: 'switch',
  storyOrder: 4,
  loadBuilder: () => import('./build').then((m) => m.buildPortsLayer),
  style: PORTS_LAYERS,
  darkPaint: {
    'ports-ring-fill': { 'fill-color': PALETTE_DARK.portSeized },
    'ports-ring-seized': { 'line-color': PALETTE_DARK.portSeized },
    'ports-ring-besieged': { 'line-color': PALETTE_DARK.portBesieged },
    'ports-point': {
      'circle-color': ['match', ['get', 'status'], 'seized', PALETTE_DARK.portSeized, 'captured', PALETTE_DARK.portOther, '#ffffff'],
      'circle-stroke-color': ['match', ['get', 'status'], ['seized', 'besieged'], PALETTE_DARK.portSeized, PALETTE_DARK.portOther],
    },
  },
  clickable: PORTS_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'dot', colour: 'portSeized' },
  legend: [
    { symbol: { shape: 'ring', colour: 'portSeized' }, text: 'Port seized (solid ring)' },
    { symbol: { shape: 'dashed-ring', colour: 'portBesieged' }, text: 'Port besieged (hollow, dashed ring)' },
    { symbol: { shape: 'dot', colour: 'portOther' }, text: 'Port captured earlier' },
    { symbol: { shape: 'hollow', colour: 'portOther' }, text: 'Port threatened or bracing' },
  ],
  labels: { colour: 'portSeized' },
  words: { title: 'The ports' },
  imageKey: () => ({ colour: PALETTE.portSeized, text: 'Ports: filled = seized or captured, hollow = besieged (dashed ring) or threatened' }),
  tour: {
    title: 'Ports seized and besieged',
    quote:
      'The talks happen on the day Russian forces have seized a strategic Ukrainian seaport and besieged another as part of efforts to cut the country off from its coastline.',
    caption: 'Kherson fell on 2 March; Mariupol, on the Sea of Azov, was encircled.',
    bounds: [29.5, 44.8, 38.6, 48.2],
  },
});
