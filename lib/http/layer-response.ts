import { LAYER_CACHE_CONTROL } from '../config';
import type { Locale } from '../i18n/locale';
import { getLayerStore, type ServedBody, type ServedLayer } from '../layers/layer-store';
import { LAYER_IDS, isLayerId } from '../layers/registry';
import { ifNoneMatch } from './etag';
import { problemResponse } from './problem';

/**
 * A layer's FeatureCollection with its words in an edition's language, cacheable, with a strong
 * ETag (304 when it matches); a problem+json 404 for an id that names no layer.
 */
export async function layerResponse(request: Request, id: string, locale: Locale): Promise<Response> {
  return servedResponse(request, id, locale, (layer) => layer);
}

/** A layer's labels (lib/layers/layer-labels.ts), as {@link layerResponse} answers with the layer. */
export async function labelsResponse(request: Request, id: string, locale: Locale): Promise<Response> {
  return servedResponse(request, id, locale, (layer) => layer.labels);
}

async function servedResponse(request: Request, id: string, locale: Locale, pick: (layer: ServedLayer) => ServedBody): Promise<Response> {
  if (!isLayerId(id)) {
    return problemResponse(404, `No layer "${id.slice(0, 64)}". Layers: ${LAYER_IDS.join(', ')}.`);
  }
  const answer = pick((await getLayerStore(locale)).layers[id]);
  const headers = { ETag: answer.etag, 'Cache-Control': LAYER_CACHE_CONTROL, Vary: 'Accept-Encoding' };
  if (ifNoneMatch(request.headers.get('if-none-match'), answer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(answer.bytes, { headers: { ...headers, 'Content-Type': 'application/geo+json' } });
}
