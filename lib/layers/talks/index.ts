import { PALETTE_DARK } from '../../config';
import { defineLayer, paletteColour } from '../layer-module';
import { TALKS_INTERACTIVE_LAYER_IDS, TALKS_LAYERS } from './definition';

/** The talks venues in Belarus: round 2 on 3 March, round 1 on 28 February. */
export const talks = defineLayer({
  id: 'talks',
  title: { en: 'Talks', uk: 'Переговори' },
  description: {
    en: 'Where the delegations met in Belarus (where exactly was not published): round 2 on 3 March, round 1 on 28 February.',
    uk: 'Де делегації зустрічалися в Білорусі (точних місць не називали): другий раунд — 3 березня, перший — 28 лютого.',
  },
  toggle: 'switch',
  storyOrder: 2,
  loadBuilder: () => import('./build').then((m) => m.buildTalksLayer),
  loadLocalizer: () => import('./localize').then((m) => m.localizeTalksFeature),
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
  legend: [{ symbol: { shape: 'halo', colour: 'talks' }, text: { en: 'Talks venue (shaded: where the unpublished site may be)', uk: 'Місце переговорів (заштриховано: де могла відбуватися зустріч; точного місця не називали)' } }],
  labels: { colour: 'talks' },
  words: { title: { en: 'The talks in Belarus', uk: 'Переговори в Білорусі' } },
  imageKey: ({ locale, scheme = 'light' }) => ({
    colour: paletteColour('talks', scheme),
    text: { en: 'Talks venues in Belarus (shaded: where the unpublished site may be)', uk: 'Місця переговорів у Білорусі (заштриховано: де могла відбуватися зустріч; точного місця не називали)' }[locale],
  }),
  tour: {
    title: { en: 'The venue in Belarus', uk: 'Місце переговорів у Білорусі' },
    quote: 'The talks are happening in Belarus on the Ukrainian border.',
    quoteTranslation: { uk: 'Переговори відбуваються в Білорусі на кордоні з Україною.' },
    caption: {
      en: 'Round 2 met in Belovezhskaya Pushcha, 87–90 km from Ukraine and 6–8 km from Poland (where the building stands was not published); round 1, on 28 February, somewhere on the Pripyat near the border.',
      uk: 'Другий раунд відбувся в Біловезькій пущі, за 87–90 км від кордону з Україною й за 6–8 км від кордону з Польщею (де саме стоїть будівля, не повідомляли); перший, 28 лютого, — десь на Прип’яті біля кордону.',
    },
    bounds: [22.5, 50.6, 32.0, 53.4],
  },
});
