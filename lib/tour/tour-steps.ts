import type { BBox } from 'geojson';
import type { ToggleableLayerId } from '../layers/registry';

/** One step of "Walk through the story": the story's words, the layer it switches on, the camera. */
export interface TourStep {
  title: string;
  /** The story's exact words for this step. */
  quote: string;
  /** What the map shows at this step, in the newsroom's words. */
  caption: string;
  layer: ToggleableLayerId;
  /** Where the camera goes, [w, s, e, n] degrees. */
  bounds: BBox;
}

/** The four steps, in the story's order. */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'Kyiv announces the talks',
    quote:
      "The second round of talks with the Russians has begun over the war in Ukraine, Ukraine President Volodymyr Zelenskyy's office said on Thursday.",
    caption: 'Zelenskyy’s office in Kyiv released a video of the delegations shaking hands.',
    layer: 'kyiv',
    bounds: [27.5, 48.9, 33.5, 52.0],
  },
  {
    title: 'The venue in Belarus',
    quote: 'The talks are happening in Belarus on the Ukrainian border.',
    caption:
      'Round 2 met in Belovezhskaya Pushcha, 87–90 km from Ukraine and 6–8 km from Poland (the building was not published); round 1, on 28 February, somewhere on the Pripyat near the border.',
    layer: 'talks',
    bounds: [22.5, 50.6, 32.0, 53.4],
  },
  {
    title: 'Ports seized and besieged',
    quote:
      'The talks happen on the day Russian forces have seized a strategic Ukrainian seaport and besieged another as part of efforts to cut the country off from its coastline.',
    caption: 'Kherson fell on 2 March; Mariupol, on the Sea of Azov, was encircled.',
    layer: 'ports',
    bounds: [29.5, 44.8, 38.6, 48.2],
  },
  {
    title: 'More than 1 million flee',
    quote: "Going on for eight days now, the war has sent more than 1 million people fleeing over Ukraine's borders.",
    caption: 'By the end of 2 March UNHCR counted 1,038,583 people, in figures published on 3 March; more than half crossed into Poland.',
    layer: 'refugees',
    bounds: [16.5, 44.0, 41.0, 53.0],
  },
];

/** Reads `step=N` (1-based) from a query value; null when absent or out of range. */
export function parseTourStep(value: string | string[] | null | undefined): number | null {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== 'string' || !/^\d{1,2}$/.test(single)) return null;
  const step = Number(single);
  return step >= 1 && step <= TOUR_STEPS.length ? step : null;
}
