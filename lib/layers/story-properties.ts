import type { Source } from '../geodata/source';

/** Properties every feature of the story's layers carries. */
export interface StoryProperties {
  /** Stable id, unique across all layers. */
  id: string;
  name: string;
  kind: string;
  /** The date the feature's facts refer to, ISO 8601 (YYYY-MM-DD). */
  date: string;
  summary: string;
  sources: Source[];
  /** The story's exact words about this feature, where it has them. */
  quote?: string;
  /** Where the record differs from the quote, what it says. */
  quoteNote?: string;
}
