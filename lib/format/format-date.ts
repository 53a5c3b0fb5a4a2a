const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Formats an ISO date (YYYY-MM-DD) the way the story's readers write it: "3 March 2022".
 * Returns the input unchanged when it is not an ISO date, so bad data shows rather than crashes.
 */
export function formatDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/**
 * An ISO date without its year, where the year is plain from the context: "3 March", or "3 Mar"
 * with `short` (chart axes). Returns the input unchanged when it is not an ISO date.
 */
export function formatDayMonth(iso: string, { short = false }: { short?: boolean } = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : (short ? DAY_SHORT_MONTH : DAY_MONTH).format(date);
}
