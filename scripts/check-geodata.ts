/**
 * Builds every layer from geodata/ before `next build`, so that a missing or broken file fails
 * the build with a message naming the file, instead of shipping an empty layer.
 */
import { loadGeodata } from '../lib/geodata/load-geodata';
import { buildLayerStore } from '../lib/layers/layer-store';

// GEODATA_DIR lets the tests point the check at a broken copy.
Promise.resolve()
  .then(() => buildLayerStore(loadGeodata(process.env.GEODATA_DIR || undefined)))
  .then((store) => console.log(`geodata ok: ${store.index.map((l) => `${l.id} ${l.featureCount}`).join(', ')}`))
  .catch((error: unknown) => {
    console.error(`geodata check failed: ${(error as Error).message}`);
    process.exit(1);
  });
