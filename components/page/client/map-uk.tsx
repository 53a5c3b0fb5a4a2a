// The client code of /uk (lib/page/pages.json), in Ukrainian: bundled by scripts/pages/page-builder.ts.
import { UkrainianProvider } from '../../i18n/UkrainianProvider';
import { MapApp } from '../../map/MapApp';
import { hydratePage } from './hydrate-page';

hydratePage(MapApp, UkrainianProvider);
