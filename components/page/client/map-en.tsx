// The client code of / (lib/page/pages.json), in English: bundled by scripts/pages/page-builder.ts.
import { EnglishProvider } from '../../i18n/EnglishProvider';
import { MapApp } from '../../map/MapApp';
import { hydratePage } from './hydrate-page';

hydratePage(MapApp, EnglishProvider);
