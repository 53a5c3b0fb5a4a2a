import { PALETTE_DARK } from '../../config';
import { defineLayer, paletteColour } from '../layer-module';
import { BASEMAP_INTERACTIVE_LAYER_IDS, BASEMAP_LAYERS, CRIMEA_HATCH_IMAGE } from './definition';
import { BASEMAP_LABELS } from './labels';

/** The countries: Natural Earth borders, Ukraine in focus, Crimea hatched as annexed. Always drawn. */
export const basemap = defineLayer({
  id: 'basemap',
  title: { en: 'Countries', uk: 'Країни' },
  description: {
    en: 'Natural Earth 1:50m borders. Crimea is drawn as Ukraine and hatched as annexed by Russia in 2014.',
    uk: 'Кордони Natural Earth у масштабі 1:50 млн. Крим показано у складі України й заштриховано як тимчасово окупований Росією з 2014 року.',
  },
  toggle: 'always',
  storyOrder: 7,
  loadBuilder: () => import('./build').then((m) => m.buildBasemapLayer),
  loadLocalizer: () => import('./localize').then((m) => m.localizeBasemapFeature),
  style: BASEMAP_LAYERS,
  darkPaint: {
    'basemap-land': { 'fill-color': ['case', ['get', 'focus'], PALETTE_DARK.ukraine, PALETTE_DARK.land] },
    'basemap-borders': { 'line-color': PALETTE_DARK.landBorder },
    'basemap-ukraine-border': { 'line-color': PALETTE_DARK.ukraineBorder },
    'basemap-crimea-outline': { 'line-color': PALETTE_DARK.crimeaHatch },
  },
  clickable: BASEMAP_INTERACTIVE_LAYER_IDS,
  legend: [{ symbol: { shape: 'hatch', colour: 'crimeaHatch' }, text: { en: 'Crimea: annexed by Russia in 2014', uk: 'Крим: тимчасово окупований Росією з 2014 року' } }],
  essential: true,
  fixedLabels: BASEMAP_LABELS,
  patterns: [{ id: CRIMEA_HATCH_IMAGE, colour: 'crimeaHatch' }],
  imageKey: ({ locale, scheme = 'light' }) => ({
    colour: paletteColour('crimeaHatch', scheme),
    text: { en: 'Crimea: part of Ukraine (UN GA res. 68/262), annexed by Russia in 2014', uk: 'Крим: частина України (резолюція Генасамблеї ООН 68/262), тимчасово окупований Росією з 2014 року' }[locale],
  }),
});
