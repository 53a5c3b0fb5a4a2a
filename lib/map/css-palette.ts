import { PALETTE, PALETTE_DARK } from '../config';

/**
 * The page's colour custom properties (app/globals.css) and the map colour each one must equal, in
 * both schemes: the legend, labels, toggles and chart draw in the map's colours. The stylesheet
 * keeps them as literals (CSS cannot import TypeScript); tests/unit/themes.test.ts checks each
 * against the palette, so a colour changed in one place only fails the tests.
 */
export const CSS_PALETTE_VARS = {
  '--sea': 'sea',
  '--ukraine': 'ukraine',
  '--port-other': 'portOther',
  '--accent': 'ukraineBorder',
  '--coast': 'coast',
  '--talks': 'talks',
  '--seized': 'portSeized',
  '--flow': 'refugeeFlow',
  '--flow-dark': 'refugeeFlowOutline',
} as const satisfies Record<string, keyof typeof PALETTE & keyof typeof PALETTE_DARK>;

/** The value each custom property must have in a scheme. */
export function cssPaletteValues(scheme: 'light' | 'dark'): Record<string, string> {
  const palette = scheme === 'dark' ? PALETTE_DARK : PALETTE;
  return Object.fromEntries(Object.entries(CSS_PALETTE_VARS).map(([name, key]) => [name, palette[key]]));
}
