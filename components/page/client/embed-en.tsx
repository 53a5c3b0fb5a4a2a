// The client code of /embed (lib/page/pages.json), in English: bundled by scripts/pages/page-builder.ts.
import { EnglishProvider } from '../../i18n/EnglishProvider';
import { EmbedApp } from '../../embed/EmbedApp';
import { hydratePage } from './hydrate-page';

hydratePage(EmbedApp, EnglishProvider);
