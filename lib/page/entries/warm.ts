// The page's first module script, in its head (compiled by scripts/pages/page-builder.ts, which
// leaves the MapLibre import as the URL of the module this origin serves). A module script without
// `async` runs once the page is parsed, before the page's other deferred modules (its client module, React):
// MapLibre's worker starts then, not when the map is made.
import * as maplibre from 'maplibre-gl';
import { warmMapLibre } from '../../map/early/warm-maplibre';

warmMapLibre(maplibre);
