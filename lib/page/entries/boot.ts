// The page's module script after the map's container (compiled by scripts/build-page-scripts.mjs,
// which leaves the MapLibre import as the URL of the module this origin serves).
import * as maplibre from 'maplibre-gl';
import { bootMap } from '../../map/boot/boot-map';
import { announceBootRan } from '../../map/boot/map-boot-state';
import { readPageSpec } from '../page-spec';

const spec = readPageSpec(document);
// Without a spec there is nothing to draw: React must not wait for this script (afterBootScript).
if (spec) bootMap(maplibre, spec);
else announceBootRan(window);
