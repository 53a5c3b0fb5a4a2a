import { PALETTE_DARK } from '../../config';
import { defineLayer, paletteColour } from '../layer-module';
import { COAST_INTERACTIVE_LAYER_IDS, COAST_LAYERS } from './definition';

/** Ukraine's coastline, by sea: what Russian forces were cutting the country off from. Always drawn. */
export const coast = defineLayer({
  id: 'coast',
  title: { en: "Ukraine's coast", uk: 'Узбережжя України' },
  description: {
    en: 'The Black Sea and Sea of Azov coast, which Russian forces sought to cut Ukraine off from, AP reported.',
    uk: 'Узбережжя Чорного й Азовського морів, від якого, за повідомленням AP, російські війська намагалися відрізати Україну.',
  },
  toggle: 'always',
  storyOrder: 8,
  loadBuilder: () => import('./build').then((m) => m.buildCoastLayer),
  style: COAST_LAYERS,
  darkPaint: { 'coast-line': { 'line-color': PALETTE_DARK.coast } },
  clickable: COAST_INTERACTIVE_LAYER_IDS,
  legend: [{ symbol: { shape: 'line', colour: 'coast' }, text: { en: 'Ukraine’s coast', uk: 'Узбережжя України' } }],
  imageKey: ({ locale, scheme = 'light' }) => ({ colour: paletteColour('coast', scheme), text: { en: 'Ukraine’s coast: the Black Sea and the Sea of Azov', uk: 'Узбережжя України: Чорне й Азовське моря' }[locale] }),
});
