// The client code of /uk, in Ukrainian: bundled by scripts/build-pages.ts.
import { UkrainianProvider } from '../../i18n/UkrainianProvider';
import { MapApp } from '../../map/MapApp';
import { hydratePage } from './hydrate-page';

hydratePage(MapApp, UkrainianProvider);
