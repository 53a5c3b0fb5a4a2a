import type { Locale } from './locale';

/** The map's title wherever it is embedded, in each edition's language: the iframe's title, the oEmbed answer's, the fallback link's. */
export const EMBED_TITLES: Record<Locale, string> = {
  en: 'Map: Ukraine on 3 March 2022, talks in Belarus, ports seized, a million refugees',
  uk: 'Карта «Україна, 3 березня 2022 року: переговори в Білорусі, захоплені порти, мільйон біженців»',
};
