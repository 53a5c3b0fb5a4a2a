import { PALETTE, PALETTE_DARK } from '../../config';
import { formatDate } from '../../format/format-date';
import { formatCount } from '../../format/format-number';
import { defineLayer } from '../layer-module';
import { REFUGEES_INTERACTIVE_LAYER_IDS, REFUGEES_LAYERS } from './definition';

/** The people who fled: UNHCR's counts by receiving country, day by day, as arrows, and the main crossings. */
export const refugees = defineLayer({
  id: 'refugees',
  title: 'Refugees',
  description: 'More than 1 million people fled in a week: UNHCR counts by receiving country, day by day, and main crossings.',
  toggle: 'switch',
  storyOrder: 5,
  loadBuilder: () => import('./build').then((m) => m.buildRefugeesLayer),
  style: REFUGEES_LAYERS,
  darkPaint: {
    'refugees-flow-fill': { 'fill-color': PALETTE_DARK.refugeeFlow, 'fill-opacity': 0.6 },
    'refugees-flow-outline': { 'line-color': PALETTE_DARK.refugeeFlowOutline },
    'refugees-crossing': { 'circle-stroke-color': PALETTE_DARK.refugeeFlowOutline },
  },
  clickable: REFUGEES_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'bar', colour: 'refugeeFlow' },
  // The arrow widths' key, with real numbers at the current zoom, is the Legend's own (it needs the zoom).
  legend: [],
  imageKey: ({ refugees: drawn }) =>
    drawn
      ? {
          colour: PALETTE.refugeeFlow,
          text: `Refugees by receiving country, arrow width proportional to the count: ${formatCount(drawn.total)} in all${drawn.arrivalsTo ? ` by the end of ${formatDate(drawn.arrivalsTo)}` : ''}, ${formatCount(drawn.onwardCount)} of them moved on (no arrow)`,
        }
      : null,
  tour: {
    title: 'More than 1 million flee',
    quote: "Going on for eight days now, the war has sent more than 1 million people fleeing over Ukraine's borders.",
    caption: 'By the end of 2 March UNHCR counted 1,038,583 people, in figures published on 3 March; more than half crossed into Poland.',
    bounds: [16.5, 44.0, 41.0, 53.0],
  },
});
