/**
 * A place's name without its qualifiers, for labels and buttons:
 * "Belovezhskaya Pushcha (Białowieża Forest), Brest region" → "Belovezhskaya Pushcha".
 */
export function shortPlaceName(name: string): string {
  return name.split(/ \(|, /)[0] || name;
}
