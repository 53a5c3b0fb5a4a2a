import { PALETTE, PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { TALKS_INTERACTIVE_LAYER_IDS, TALKS_LAYERS } from './definition';

/** The talks venues in Belarus: round 2 on 3 March, round 1 on 28 February. */
export const talks = defineLayer({
  id: 'talks',
  title: 'Talks',
  description: 'Where the delegations met in Belarus (the sites were not published): round 2 on 3 March, round 1 on 28 February.',
  toggle: 'switch',
  storyOrder: 2,
  loadBuilder: () => import('./build').then((m) => m.buildTalksLayer),
  style: TALKS_LAYERS,
  darkPaint: {
    'talks-area-fill': { 'fill-color': PALETTE_DARK.talks },
    'talks-area-outline': { 'line-color': PALETTE_DARK.talks },
    'talks-point': {
      'circle-color': ['case', ['==', ['get', 'round'], 2], PALETTE_DARK.talks, '#ffffff'],
      'circle-stroke-color': PALETTE_DARK.talks,
    },
  },
  clickable: TALKS_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'dot', colour: 'talks' },
  legend: [{ symbol: { shape: 'halo', colour: 'talks' }, text: 'Talks venue (shaded: where the unpublished site may be)' }],
  labels: { colour: 'talks' },
  words: { title: 'The talks in Belarus' },
  imageKey: () => ({ colour: PALETTE.talks, text: 'Talks venues in Belarus (shaded: where the unpublished site may be)' }),
  tour: {
    title: 'The venue in Belarus',
    quote: 'The talks are happening in Belarus on the Ukrainian border.',
    caption:
      'Round 2 met in Belovezhskaya Pushcha, 87–90 km from Ukraine and 6–8 km from Poland (the building was not published); round 1, on 28 February, somewhere on the Pripyat near the border.',
    bounds: [22.5, 50.6, 32.0, 53.4],
  },
});
