import { PALETTE, PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { COAST_INTERACTIVE_LAYER_IDS, COAST_LAYERS } from './definition';

/** Ukraine's coastline, by sea: what Russian forces were cutting the country off from. Always drawn. */
export const coast = defineLayer({
  id: 'coast',
  title: "Ukraine's coast",
  description: 'The Black Sea and Sea of Azov coastline that Russian forces are trying to cut Ukraine off from.',
  toggle: 'always',
  storyOrder: 8,
  loadBuilder: () => import('./build').then((m) => m.buildCoastLayer),
  style: COAST_LAYERS,
  darkPaint: { 'coast-line': { 'line-color': PALETTE_DARK.coast } },
  clickable: COAST_INTERACTIVE_LAYER_IDS,
  legend: [{ symbol: { shape: 'line', colour: 'coast' }, text: 'Ukraine’s coast' }],
  imageKey: () => ({ colour: PALETTE.coast, text: 'Ukraine’s coast: the Black Sea and the Sea of Azov' }),
});
