// The client code of /, in English: bundled by scripts/build-pages.ts.
import { EnglishProvider } from '../../i18n/EnglishProvider';
import { MapApp } from '../../map/MapApp';
import { hydratePage } from './hydrate-page';

hydratePage(MapApp, EnglishProvider);
