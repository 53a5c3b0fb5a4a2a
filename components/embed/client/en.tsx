// /embed's client code, in English: bundled by scripts/build-embed.ts.
import { EnglishProvider } from '../../i18n/EnglishProvider';
import { hydrateEmbed } from './hydrate-embed';

hydrateEmbed(EnglishProvider);
