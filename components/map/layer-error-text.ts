import type { Messages } from '@/lib/i18n/messages';
import { LayerFetchError } from './use-layer-data';

/** Why a layer failed, in the edition's language; any other error's own message as it is. */
export function layerErrorText(error: Error, m: Pick<Messages, 'layerErrors'>): string {
  if (!(error instanceof LayerFetchError)) return error.message;
  switch (error.reason) {
    case 'timeout':
      return m.layerErrors.timeout;
    case 'unreachable':
      return m.layerErrors.unreachable;
    case 'http':
      return m.layerErrors.http(error.status);
    case 'not-geojson':
      return m.layerErrors.notGeojson;
  }
}
