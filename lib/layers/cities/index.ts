import { PALETTE_DARK } from '../../config';
import { defineLayer, paletteColour } from '../layer-module';
import { CITIES_INTERACTIVE_LAYER_IDS, CITIES_LAYERS } from './definition';
import { CITIES_RULE } from './rule';

/** The cities and towns reported struck, shelled or fired on, 1–3 March 2022, by one stated rule. */
export const cities = defineLayer({
  id: 'cities',
  title: { en: 'Cities under fire', uk: 'Міста під обстрілами' },
  description: {
    en: 'Cities and towns reported struck or shelled on 1–3 March, by the rule given in the map in words; each status says who reported it.',
    uk: 'Міста й селища, які, за повідомленнями, 1–3 березня зазнали ударів чи обстрілів (правило відбору наведено в текстовій версії карти); у кожному статусі зазначено, хто про це повідомив.',
  },
  toggle: 'switch',
  storyOrder: 3,
  loadBuilder: () => import('./build').then((m) => m.buildCitiesLayer),
  loadLocalizer: () => import('./localize').then((m) => m.localizeCitiesFeature),
  style: CITIES_LAYERS,
  darkPaint: {
    'cities-halo': { 'circle-color': PALETTE_DARK.underFire, 'circle-stroke-color': PALETTE_DARK.underFire },
    'cities-point': { 'circle-color': PALETTE_DARK.underFire, 'circle-stroke-color': '#000000' },
  },
  clickable: CITIES_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'burst', colour: 'underFire' },
  legend: [{ symbol: { shape: 'burst', colour: 'underFire' }, text: { en: 'City reported struck or shelled, 1–3 March (fainter: fewer sources)', uk: 'Місто, яке, за повідомленнями, зазнало ударів чи обстрілів 1–3 березня (блідіше — менше джерел)' } }],
  labels: { colour: 'underFire', below: true },
  words: { title: { en: 'Cities under fire', uk: 'Міста під обстрілами' }, rule: CITIES_RULE },
  imageKey: ({ locale, scheme = 'light' }) => ({
    colour: paletteColour('underFire', scheme),
    text: {
      en: 'Cities and towns reported struck or shelled on 1–3 March (centre of each city, not the sites)',
      uk: 'Міста й селища, які, за повідомленнями, зазнали ударів чи обстрілів 1–3 березня (позначка — центр населеного пункту, а не місця влучань)',
    }[locale],
  }),
  tour: {
    title: { en: 'Cities under fire', uk: 'Міста під обстрілами' },
    quote:
      "The key issues on the agenda according to the Ukraine president's office are an immediate ceasefire, armistice, and humanitarian corridors for the evacuation of civilians from destroyed or constantly shelled villages and cities.",
    quoteTranslation: {
      uk: 'Головні питання порядку денного, за словами Офісу Президента України, — негайне припинення вогню, перемир’я та гуманітарні коридори для евакуації цивільних зі зруйнованих або постійно обстрілюваних сіл і міст.',
    },
    caption: {
      en: 'The agenda asked for corridors from shelled villages and cities but named none. On the map, the cities and towns reported struck or shelled on 1–3 March, Kharkiv, Chernihiv and Mariupol among them; the UN High Commissioner for Human Rights said Volnovakha was almost completely destroyed.',
      uk: 'Порядок денний передбачав коридори з обстрілюваних сіл і міст, але конкретних населених пунктів не називав. На карті — міста й селища, які, за повідомленнями, 1–3 березня зазнали ударів чи обстрілів, серед них Харків, Чернігів і Маріуполь; за словами Верховної комісарки ООН з прав людини, Волноваху майже повністю зруйновано.',
    },
    bounds: [27.5, 46.3, 38.8, 52.2],
  },
});
