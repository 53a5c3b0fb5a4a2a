import { PALETTE_DARK } from '../../config';
import { defineLayer, paletteColour } from '../layer-module';
import { PORTS_INTERACTIVE_LAYER_IDS, PORTS_LAYERS } from './definition';

/** The ports: Kherson seized, Mariupol besieged, the coast's others captured or threatened. */
export const ports = defineLayer({
  id: 'ports',
  title: { en: 'Ports', uk: 'Порти' },
  description: { en: 'Kherson, seized on 2 March, and Mariupol, besieged, as AP reported; other ports of the coast.', uk: 'Херсон, захоплений 2 березня, і Маріуполь в облозі, за повідомленнями AP; інші порти узбережжя.' },
  toggle: 'switch',
  storyOrder: 4,
  loadBuilder: () => import('./build').then((m) => m.buildPortsLayer),
  loadLocalizer: () => import('./localize').then((m) => m.localizePortsFeature),
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
    { symbol: { shape: 'ring', colour: 'portSeized' }, text: { en: 'Port seized (solid ring)', uk: 'Захоплений порт (суцільне коло)' } },
    { symbol: { shape: 'dashed-ring', colour: 'portBesieged' }, text: { en: 'Port besieged (hollow, dashed ring)', uk: 'Порт в облозі (пунктирне коло без заливки)' } },
    { symbol: { shape: 'dot', colour: 'portOther' }, text: { en: 'Port captured earlier', uk: 'Порт, захоплений раніше' } },
    { symbol: { shape: 'hollow', colour: 'portOther' }, text: { en: 'Port threatened or bracing', uk: 'Порт під загрозою; місто готується до оборони' } },
  ],
  labels: { colour: 'portSeized' },
  words: { title: { en: 'The ports', uk: 'Порти' } },
  imageKey: ({ locale, scheme = 'light' }) => ({
    colour: paletteColour('portSeized', scheme),
    text: {
      en: 'Ports: filled = seized or captured, hollow = besieged (dashed ring) or threatened',
      uk: 'Порти: зафарбовані — захоплені, незафарбовані — в облозі (пунктирне коло) або під загрозою',
    }[locale],
  }),
  tour: {
    title: { en: 'Ports seized and besieged', uk: 'Захоплені й обложені порти' },
    quote:
      'The talks happen on the day Russian forces have seized a strategic Ukrainian seaport and besieged another as part of efforts to cut the country off from its coastline.',
    quoteTranslation: {
      uk: 'Переговори відбуваються в день, коли російські війська захопили стратегічно важливий український морський порт і взяли в облогу ще один, намагаючись відрізати країну від моря.',
    },
    caption: {
      en: 'Kherson fell on 2 March (AP); on 3 March a Ukrainian official said Mariupol, on the Sea of Azov, was surrounded (Reuters).',
      uk: 'Херсон захопили 2 березня (AP); 3 березня український посадовець заявив, що Маріуполь на Азовському морі оточено (Reuters).',
    },
    bounds: [29.5, 44.8, 38.6, 48.2],
  },
});
