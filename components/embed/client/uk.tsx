// /uk/embed's client code, in Ukrainian: bundled by scripts/build-embed.ts.
import { UkrainianProvider } from '../../i18n/UkrainianProvider';
import { hydrateEmbed } from './hydrate-embed';

hydrateEmbed(UkrainianProvider);
