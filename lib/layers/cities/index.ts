import { PALETTE, PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { CITIES_INTERACTIVE_LAYER_IDS, CITIES_LAYERS } from './definition';

/**
 * The cities and towns reported struck or shelled on 1–3 March 2022: the "destroyed or constantly
 * shelled villages and cities" of the talks' agenda, from which humanitarian corridors were to lead.
 */
export const cities = defineLayer({
  id: 'cities',
  title: 'Cities under fire',
  description: 'Cities and towns reported struck or shelled on 1–3 March, as officials and the UN reported them: what the corridors on the agenda were for.',
  toggle: 'switch',
  storyOrder: 3,
  loadBuilder: () => import('./build').then((m) => m.buildCitiesLayer),
  style: CITIES_LAYERS,
  darkPaint: {
    'cities-halo': { 'circle-color': PALETTE_DARK.underFire, 'circle-stroke-color': PALETTE_DARK.underFire },
    'cities-point': { 'circle-color': PALETTE_DARK.underFire, 'circle-stroke-color': '#000000' },
  },
  clickable: CITIES_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'burst', colour: 'underFire' },
  legend: [{ symbol: { shape: 'burst', colour: 'underFire' }, text: 'City reported struck or shelled, 1–3 March (fainter: fewer sources)' }],
  labels: { colour: 'underFire', below: true },
  words: { title: 'Cities under fire' },
  imageKey: () => ({ colour: PALETTE.underFire, text: 'Cities and towns reported struck or shelled on 1–3 March (centre of each city, not the sites)' }),
  tour: {
    title: 'Corridors from shelled cities',
    quote:
      "The key issues on the agenda according to the Ukraine president's office are an immediate ceasefire, armistice, and humanitarian corridors for the evacuation of civilians from destroyed or constantly shelled villages and cities.",
    caption:
      'Kharkiv, Chernihiv, Mariupol, Zhytomyr and Kyiv were struck on 1–3 March; the UN said Volnovakha was almost completely destroyed. Round 2 agreed to work on corridors, with no general ceasefire.',
    bounds: [27.5, 46.3, 38.8, 52.2],
  },
});
