// The early map's script for a page that starts after its first paint (lib/page/pages.ts): the same as
// ./early-map.ts, but MapLibre is imported only when the page starts (on a phone, once the first frame is painted,
// so that nothing of it is fetched before; compiled by scripts/pages/page-builder.ts, which leaves the import as the
// URL this origin serves).
import { drawEarlyMap } from '../../map/early/draw-early-map';
import { announceEarlyMapRan } from '../../map/early/early-map-state';
import { whenPageStarts } from '../after-first-paint';
import { readPageSpec } from '../page-spec';

const spec = readPageSpec(document);
// Without a spec there is nothing to draw: React must not wait for this script (afterEarlyMap).
if (!spec) announceEarlyMapRan(window);
else
  whenPageStarts(spec.start, window, () => {
    import('maplibre-gl').then(
      (maplibre) => drawEarlyMap(maplibre, spec),
      // MapLibre could not be loaded: React, which loads it again, must not wait for this script.
      () => announceEarlyMapRan(window),
    );
  });
