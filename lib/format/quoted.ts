/**
 * A translated sentence in Ukrainian quotation marks, as Ukrainian punctuation sets it: the
 * sentence's full stop goes after the closing mark («…».), not inside it.
 *
 * @example quotedUk('Розпочався другий раунд переговорів.') // => '«Розпочався другий раунд переговорів».'
 */
export function quotedUk(sentence: string): string {
  const end = /[.]$/.exec(sentence) ? '.' : '';
  return `«${end ? sentence.slice(0, -1) : sentence}»${end}`;
}
