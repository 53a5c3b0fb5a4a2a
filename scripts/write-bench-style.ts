/** Writes public/bench/style.json: the app's style with every layer's source as a URL, for bench/baseline.html. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { INITIAL_BOUNDS } from '../lib/config';
import { LAYER_IDS, layerUrl } from '../lib/layers/registry';
import { BASE_STYLE, slotLayerId } from '../lib/map/base-style';
import { STYLE_LAYERS } from '../lib/map/style-layers';

const style = {
  ...BASE_STYLE,
  metadata: { bounds: INITIAL_BOUNDS },
  sources: Object.fromEntries(LAYER_IDS.map((id) => [id, { type: 'geojson', data: layerUrl(id), promoteId: 'id' }])),
  layers: BASE_STYLE.layers.flatMap((layer) => {
    const id = LAYER_IDS.find((l) => slotLayerId(l) === layer.id);
    return id ? STYLE_LAYERS[id].map((l) => ({ ...l, source: id })) : [layer];
  }),
};
mkdirSync('public/bench', { recursive: true });
writeFileSync('public/bench/style.json', JSON.stringify(style));
