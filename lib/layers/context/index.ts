import { defineLayer } from '../layer-module';
import { CONTEXT_INTERACTIVE_LAYER_IDS, CONTEXT_LAYERS } from './definition';

/** Reference cities: Moscow, where Lavrov spoke; Minsk, Brest and Gomel in Belarus. */
export const context = defineLayer({
  id: 'context',
  title: { en: 'Context', uk: 'Контекст' },
  description: { en: 'Moscow, where Lavrov spoke; Minsk, Brest and Gomel in Belarus.', uk: 'Москва, де виступав Лавров; Мінськ, Брест і Гомель у Білорусі.' },
  toggle: 'switch',
  storyOrder: 6,
  loadBuilder: () => import('./build').then((m) => m.buildContextLayer),
  style: CONTEXT_LAYERS,
  darkPaint: {},
  clickable: CONTEXT_INTERACTIVE_LAYER_IDS,
  swatch: { shape: 'hollow', colour: 'context' },
  legend: [],
  labels: { colour: null },
  words: { title: { en: 'Context', uk: 'Контекст' } },
});
