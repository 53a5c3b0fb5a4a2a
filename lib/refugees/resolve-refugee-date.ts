/**
 * The day whose refugee figures the map shows: the one a link asks for when the map has figures
 * for it, else the default. A link to a day without a complete breakdown is not an error: it
 * opens the default day.
 *
 * @example resolveRefugeeDate('2022-03-02', ['2022-03-02', '2022-03-03'], '2022-03-03') // => '2022-03-02'
 * @example resolveRefugeeDate('2022-02-27', ['2022-03-02', '2022-03-03'], '2022-03-03') // => '2022-03-03'
 */
export function resolveRefugeeDate(requested: string | null, available: readonly string[], fallback: string): string {
  return requested !== null && available.includes(requested) ? requested : fallback;
}

/**
 * The day to write into a link: none for the default day, so that links to the story's day stay as
 * short as they were before the date control.
 *
 * @example refugeeLinkDate('2022-03-03', '2022-03-03') // => null
 */
export function refugeeLinkDate(date: string, defaultDate: string): string | null {
  return date === defaultDate ? null : date;
}
