// The client code of /uk/embed, in Ukrainian: bundled by scripts/build-pages.ts.
import { UkrainianProvider } from '../../i18n/UkrainianProvider';
import { EmbedApp } from '../../embed/EmbedApp';
import { hydratePage } from './hydrate-page';

hydratePage(EmbedApp, UkrainianProvider);
