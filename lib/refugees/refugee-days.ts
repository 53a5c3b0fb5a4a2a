import type { RefugeeSummary } from './refugee-summary';
import type { RefugeeDays } from '../page/page-start';

/** The days the map has refugee figures for, and the story's day, as a page's address is resolved against. */
export function refugeeDays(refugees: Pick<RefugeeSummary, 'snapshots' | 'defaultDate'>): RefugeeDays {
  return { dates: refugees.snapshots.map((s) => s.date), defaultDate: refugees.defaultDate };
}
