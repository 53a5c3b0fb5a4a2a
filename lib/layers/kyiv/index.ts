import { PALETTE_DARK } from '../../config';
import { defineLayer } from '../layer-module';
import { KYIV_INTERACTIVE_LAYER_IDS, KYIV_LAYERS } from './definition';

/** Kyiv, the capital, where Zelenskyy's office announced that the talks had begun. */
export const kyiv = defineLayer({
  id: 'kyiv',
  title: { en: 'Kyiv', uk: 'Київ' },
  properName: true,
  description: {
    en: "The capital, where Zelenskyy's office announced that the talks had begun.",
    uk: 'Столиця, де Офіс Президента оголосив про початок переговорів.',
  },
  toggle: 'switch',
  storyOrder: 1,
  loadBuilder: () => import('./build').then((m) => m.buildKyivLayer),
  style: KYIV_LAYERS,
  darkPaint: {
    'kyiv-ring': { 'circle-stroke-color': PALETTE_DARK.capital },
    'kyiv-point': { 'circle-color': PALETTE_DARK.capital, 'circle-stroke-color': '#000000' },
  },
  clickable: KYIV_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'dot', colour: 'capital' },
  legend: [],
  labels: { colour: null },
  words: { title: { en: 'Kyiv', uk: 'Київ' } },
  tour: {
    title: { en: 'Kyiv announces the talks', uk: 'Київ оголошує про переговори' },
    quote:
      "The second round of talks with the Russians has begun over the war in Ukraine, Ukraine President Volodymyr Zelenskyy's office said on Thursday.",
    quoteTranslation: {
      uk: 'Розпочався другий раунд переговорів із росіянами щодо війни в Україні, повідомив у четвер Офіс Президента України Володимира Зеленського.',
    },
    caption: {
      en: 'Zelenskyy’s office in Kyiv released a video of the delegations shaking hands.',
      uk: 'Офіс Президента в Києві оприлюднив відео, на якому делегації тиснуть одна одній руки.',
    },
    bounds: [27.5, 48.9, 33.5, 52.0],
  },
});
