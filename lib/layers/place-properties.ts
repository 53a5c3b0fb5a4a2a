import type { StoryProperties } from './story-properties';

/** Properties shared by the story's point places (Kyiv, venues, ports, reference cities). */
export interface PlaceProperties extends StoryProperties {
  status: string;
  /** Who made the judgement the status carries ("AP; The New York Times"), where it is someone's. */
  by?: string;
  /** Short map label, where the name is too long to print on the map. */
  label?: string;
  positionAccuracy: 'exact' | 'approximate';
  positionNote?: string;
  /** Great-circle distance from Kyiv, kilometres (0 for Kyiv itself). */
  distanceFromKyivKm: number;
}
