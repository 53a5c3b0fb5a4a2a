// The page's module script after the map's container: draws the map before React (compiled by
// scripts/pages/page-builder.ts, which leaves the MapLibre import as the URL this origin serves it at).
import * as maplibre from 'maplibre-gl';
import { drawEarlyMap } from '../../map/early/draw-early-map';
import { announceEarlyMapRan } from '../../map/early/early-map-state';
import { readPageSpec } from '../page-spec';

const spec = readPageSpec(document);
// Without a spec there is nothing to draw: React must not wait for this script (afterEarlyMap).
if (spec) drawEarlyMap(maplibre, spec);
else announceEarlyMapRan(window);
