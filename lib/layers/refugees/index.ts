import { PALETTE_DARK } from '../../config';
import { formatDate } from '../../format/format-date';
import { formatCount } from '../../format/format-number';
import { defineLayer, paletteColour } from '../layer-module';
import { REFUGEES_DATED, REFUGEES_INTERACTIVE_LAYER_IDS, REFUGEES_LAYERS } from './definition';

/** The people who fled: UNHCR's counts by receiving country, day by day, as arrows, and the main crossings. */
export const refugees = defineLayer({
  id: 'refugees',
  title: { en: 'Refugees', uk: 'Біженці' },
  description: {
    en: 'More than 1 million people fled in a week: UNHCR counts by receiving country, day by day, and main crossings.',
    uk: 'Понад мільйон людей виїхало за тиждень: дані УВКБ ООН за країнами, що їх прийняли, день за днем, і головні пункти пропуску.',
  },
  toggle: 'switch',
  storyOrder: 5,
  loadBuilder: () => import('./build').then((m) => m.buildRefugeesLayer),
  loadLocalizer: () => import('./localize').then((m) => m.localizeRefugeesFeature),
  style: REFUGEES_LAYERS,
  darkPaint: {
    'refugees-flow-fill': { 'fill-color': PALETTE_DARK.refugeeFlow, 'fill-opacity': 0.6 },
    'refugees-flow-outline': { 'line-color': PALETTE_DARK.refugeeFlowOutline },
    'refugees-crossing': { 'circle-stroke-color': PALETTE_DARK.refugeeFlowOutline },
  },
  clickable: REFUGEES_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'bar', colour: 'refugeeFlow' },
  // The arrow widths' key has real numbers at the current zoom: see widthKey.
  legend: [],
  widthKey: {
    counts: [500_000, 100_000, 25_000],
    // The middle of the arrows.
    latitude: 49,
    title: { en: 'People who fled, by arrow width', uk: 'Люди, що виїхали: ширина стрілки' },
    minimum: { en: ' or fewer (minimum width)', uk: ' або менше (найменша ширина)' },
    note: { en: 'No arrow for people who moved on to other European countries: UNHCR gave no route. Same scale on every day.', uk: 'Для тих, хто вирушив далі, до інших країн Європи, стрілки немає: УВКБ ООН не вказало маршруту. Масштаб однаковий для всіх днів.' },
  },
  dated: REFUGEES_DATED,
  figureLabels: { kind: 'refugee-flow' },
  imageKey: ({ refugees: drawn, locale, scheme = 'light' }) => {
    if (!drawn) return null;
    const total = formatCount(drawn.total, locale);
    const onward = formatCount(drawn.onwardCount, locale);
    const to = drawn.arrivalsTo ? formatDate(drawn.arrivalsTo, locale) : null;
    return {
      colour: paletteColour('refugeeFlow', scheme),
      text:
        locale === 'uk'
          ? `Біженці за країнами, що їх прийняли; ширина стрілки пропорційна кількості: усього ${total}${to ? ` до кінця ${to}` : ''}, з них ${onward} вирушили далі (без стрілки)`
          : `Refugees by receiving country, arrow width proportional to the count: ${total} in all${to ? ` by the end of ${to}` : ''}, ${onward} of them moved on (no arrow)`,
    };
  },
  tour: {
    title: { en: 'More than 1 million flee', uk: 'Понад мільйон людей тікає від війни' },
    quote: "Going on for eight days now, the war has sent more than 1 million people fleeing over Ukraine's borders.",
    quoteTranslation: { uk: 'Війна, що триває вже вісім днів, змусила понад мільйон людей тікати з України за кордон.' },
    caption: {
      en: 'By the end of 2 March UNHCR counted 1,038,583 people, in figures published on 3 March; more than half crossed into Poland.',
      uk: 'До кінця 2 березня УВКБ ООН нарахувало 1 038 583 людини (дані оприлюднено 3 березня); понад половина з них перетнула кордон із Польщею.',
    },
    bounds: [16.5, 44.0, 41.0, 53.0],
  },
});
