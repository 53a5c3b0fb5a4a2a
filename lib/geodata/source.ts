import type { CarrierReason } from './schema';

/** A published source for a feature: what a reader can follow to check it. */
export interface Source {
  /** Its id in geodata/sources.json. */
  id: string;
  /** The page's headline as published, in its language; absent where the archived copy shows none. */
  title?: string;
  /** The page's language (BCP 47). */
  language: string;
  /** The outlet whose reporting it is, by name. */
  publisher: string;
  /** The news organisation whose page it is, where it carried the publisher's story under the publisher's byline. */
  carrier?: string;
  /** Why the carrier's page is cited, and not the publisher's own. */
  carrierReason?: CarrierReason;
  /** Absolute http(s) URL. */
  url: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD). */
  date: string;
  /** What the source is cited for, in the edition's language, where its title does not say. */
  note?: string;
  /** Why a source published after 4 March 2022 is cited, where one is. */
  later?: string;
}
