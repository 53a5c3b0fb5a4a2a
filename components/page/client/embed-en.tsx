// The client code of /embed, in English: bundled by scripts/build-pages.ts.
import { EnglishProvider } from '../../i18n/EnglishProvider';
import { EmbedApp } from '../../embed/EmbedApp';
import { hydratePage } from './hydrate-page';

hydratePage(EmbedApp, EnglishProvider);
