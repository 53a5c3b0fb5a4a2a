import { PALETTE, PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { CITIES_INTERACTIVE_LAYER_IDS, CITIES_LAYERS } from './definition';

/**
 * The cities and towns reported struck or shelled on 1–3 March 2022: the "destroyed or constantly
 * shelled villages and cities" of the talks' agenda, from which humanitarian corridors were to lead.
 */
export const cities = defineLayer({
  id: 'cities',
  title: { en: 'Cities under fire', uk: 'Міста під обстрілами' },
  description: {
    en: 'Cities and towns reported struck or shelled on 1–3 March, as officials and the UN reported them: what the corridors on the agenda were for.',
    uk: 'Міста й селища, по яких 1–3 березня, за повідомленнями посадовців і ООН, завдавали ударів або які обстрілювали; саме з них мали вести гуманітарні коридори, про які йшлося на переговорах.',
  },
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
  legend: [{ symbol: { shape: 'burst', colour: 'underFire' }, text: { en: 'City reported struck or shelled, 1–3 March (fainter: fewer sources)', uk: 'Місто, по якому завдавали ударів або яке обстрілювали 1–3 березня (блідіше: менше джерел)' } }],
  labels: { colour: 'underFire', below: true },
  words: { title: { en: 'Cities under fire', uk: 'Міста під обстрілами' } },
  imageKey: ({ locale }) => ({
    colour: PALETTE.underFire,
    text: {
      en: 'Cities and towns reported struck or shelled on 1–3 March (centre of each city, not the sites)',
      uk: 'Міста, по яких завдавали ударів або які обстрілювали 1–3 березня (центр міста, а не місця влучань)',
    }[locale],
  }),
  tour: {
    title: { en: 'Corridors from shelled cities', uk: 'Коридори з міст під обстрілами' },
    quote:
      "The key issues on the agenda according to the Ukraine president's office are an immediate ceasefire, armistice, and humanitarian corridors for the evacuation of civilians from destroyed or constantly shelled villages and cities.",
    quoteTranslation: {
      uk: 'Головні питання порядку денного, за словами Офісу Президента України, — негайне припинення вогню, перемир’я та гуманітарні коридори для евакуації цивільних зі зруйнованих або постійно обстрілюваних сіл і міст.',
    },
    caption: {
      en: 'Kharkiv, Chernihiv, Mariupol, Zhytomyr and Kyiv were struck on 1–3 March; the UN said Volnovakha was almost completely destroyed. Round 2 agreed to work on corridors, with no general ceasefire.',
      uk: 'Харків, Чернігів, Маріуполь, Житомир і Київ зазнали ударів 1–3 березня; за словами ООН, Волноваху майже повністю зруйновано. У другому раунді домовилися працювати над гуманітарними коридорами; загального припинення вогню не досягли.',
    },
    bounds: [27.5, 46.3, 38.8, 52.2],
  },
});
