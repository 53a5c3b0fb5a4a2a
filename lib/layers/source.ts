/** A published source for a feature: what a reader can follow to check it. */
export interface Source {
  title: string;
  publisher: string;
  /** Absolute http(s) URL. */
  url: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD). */
  date: string;
  /** Why a source published after 4 March 2022 is cited, where one is. */
  later?: string;
}

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
