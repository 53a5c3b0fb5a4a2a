/**
 * Words that make a status someone's judgement or report rather than the map's own fact: a place
 * "seized", "besieged", "shelled" or "preparing its defence" is so because someone said so. A status
 * with one of them must name who (its record's `by`). The list is the standards desk's; extend it here.
 */
export const JUDGEMENT_WORDS = [
  'seiz', 'besieg', 'siege', 'captur', 'fall', 'destroy', 'encircl', 'surround', 'occup', 'threat', 'advanc',
  'shell', 'struck', 'strike', 'bomb', 'attack', 'fire', 'catastroph', 'barbar', 'defen',
] as const;

const PATTERN = new RegExp(`\\b(${JUDGEMENT_WORDS.join('|')})`, 'i');

/**
 * True when a status carries a judgement or a report that must be attributed.
 *
 * @example needsAttribution('besieged') // => true
 * @example needsAttribution('Capital of Belarus') // => false
 */
export function needsAttribution(status: string): boolean {
  return PATTERN.test(status);
}
