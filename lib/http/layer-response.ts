import { LAYER_CACHE_CONTROL } from '../config';
import type { Locale } from '../i18n/locale';
import { getLayerStore } from '../layers/layer-store';
import { LAYER_IDS, isLayerId } from '../layers/registry';
import { ifNoneMatch } from './etag';
import { problemResponse } from './problem';

/**
 * A layer's FeatureCollection with its words in an edition's language, cacheable, with a strong
 * ETag (304 when it matches); a problem+json 404 for an id that names no layer.
 */
export async function layerResponse(request: Request, id: string, locale: Locale): Promise<Response> {
  if (!isLayerId(id)) {
    return problemResponse(404, `No layer "${id.slice(0, 64)}". Layers: ${LAYER_IDS.join(', ')}.`);
  }
  const layer = (await getLayerStore(locale)).layers[id];
  const headers = { ETag: layer.etag, 'Cache-Control': LAYER_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (ifNoneMatch(request.headers.get('if-none-match'), layer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(layer.bytes, { headers: { ...headers, 'Content-Type': 'application/geo+json' } });
}
