// The client code of /uk/embed (lib/page/pages.json), in Ukrainian: bundled by scripts/pages/page-builder.ts.
import { UkrainianProvider } from '../../i18n/UkrainianProvider';
import { EmbedApp } from '../../embed/EmbedApp';
import { hydratePage } from './hydrate-page';

hydratePage(EmbedApp, UkrainianProvider);
