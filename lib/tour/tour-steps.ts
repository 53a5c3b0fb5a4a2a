import type { LayerTourStep } from '../layers/layer-module';
import { LAYERS_IN_STORY_ORDER, isToggleableLayerId, type ToggleableLayerId } from '../layers/registry';

/** One step of "Walk through the story": the story's words, the layer it switches on, the camera. */
export interface TourStep extends LayerTourStep {
  layer: ToggleableLayerId;
}

/** The steps, in the story's order: each layer module's own step (lib/layers/<id>/index.ts). */
export const TOUR_STEPS: readonly TourStep[] = LAYERS_IN_STORY_ORDER.flatMap((layer) =>
  layer.tour && isToggleableLayerId(layer.id) ? [{ ...layer.tour, layer: layer.id }] : [],
);

/** Reads `step=N` (1-based) from a query value; null when absent or out of range. */
export function parseTourStep(value: string | string[] | null | undefined): number | null {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== 'string' || !/^\d{1,2}$/.test(single)) return null;
  const step = Number(single);
  return step >= 1 && step <= TOUR_STEPS.length ? step : null;
}
