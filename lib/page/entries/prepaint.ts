// The page's first script, inline and blocking, before any of its content (compiled by
// scripts/pages/page-builder.ts): applies what the address says must be right at the first paint, then starts
// the page's downloads: at once, or after the first paint where the page says so (lib/page/pages.ts).
import { whenPageStarts } from '../after-first-paint';
import { MAPLIBRE_URL } from '../../map/maplibre-assets';
import { warmMapLibre } from '../../map/early/warm-maplibre';
import { pageStart } from '../page-start';
import { readPageSpec } from '../page-spec';
import { addStartHints, applyPrepaint, loadModuleScript } from '../prepaint';

const spec = readPageSpec(document);
if (spec) {
  const start = pageStart(spec.kind, new URLSearchParams(location.search), spec.days);
  applyPrepaint(start, document, matchMedia('(prefers-color-scheme: dark)').matches);
  const begin = () => {
    addStartHints(start, document, spec.locale);
    if (!spec.client) return;
    loadModuleScript(document, spec.client, [MAPLIBRE_URL]);
    // A page whose head starts nothing (lib/page/pages.ts) starts MapLibre's worker here, as a head's warm-up
    // would: once MapLibre has loaded, overlapping the rest of the page's start (lib/map/early/warm-maplibre.ts).
    import('maplibre-gl').then(warmMapLibre, () => {
      // MapLibre could not be loaded: the early map's script and React say so and retry; nothing to warm.
    });
  };
  whenPageStarts(spec.start, window, begin);
}
