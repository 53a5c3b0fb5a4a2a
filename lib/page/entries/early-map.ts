// The page's module script after the map's container: draws the map before React (compiled by
// scripts/pages/page-builder.ts, which leaves the MapLibre import as the URL this origin serves it at).
import * as maplibre from 'maplibre-gl';
import { bootMap } from '../../map/boot/boot-map';
import { announceBootRan } from '../../map/boot/map-boot-state';
import { readPageSpec } from '../page-spec';

const spec = readPageSpec(document);
// Without a spec there is nothing to draw: React must not wait for this script (afterBootScript).
if (spec) bootMap(maplibre, spec);
else announceBootRan(window);
