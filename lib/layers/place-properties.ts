import type { StoryProperties } from './source';

/** Properties shared by the story's point places (Kyiv, venues, ports, reference cities). */
export interface PlaceProperties extends StoryProperties {
  status: string;
  positionAccuracy: 'exact' | 'approximate';
  positionNote?: string;
  /** Great-circle distance from Kyiv, kilometres (0 for Kyiv itself). */
  distanceFromKyivKm: number;
}
