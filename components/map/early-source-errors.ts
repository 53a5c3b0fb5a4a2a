import { earlyMapState } from '@/lib/map/early/early-map-state';
import { sourceLoadError, type LayerFetchError } from './use-layer-data';

/** The early map's sources whose URL failed before React subscribed to its errors, with why. */
export function earlySourceErrors(win: Window = window): [string, LayerFetchError][] {
  const state = earlyMapState(win);
  return state.failed.map((id) => [id, sourceLoadError({ status: state.failedStatus?.[id] })]);
}
