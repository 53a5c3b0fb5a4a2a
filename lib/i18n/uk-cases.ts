/**
 * Country names in the Ukrainian cases the edition's sentences need, by the nominative: «на кордоні
 * з Польщею», «до кордону з Україною». Only the countries the map names beside a border.
 */
export const UK_INSTRUMENTAL: Readonly<Record<string, string>> = {
  Польща: 'Польщею',
  Угорщина: 'Угорщиною',
  Словаччина: 'Словаччиною',
  Румунія: 'Румунією',
  Молдова: 'Молдовою',
  Україна: 'Україною',
  Росія: 'Росією',
  Білорусь: 'Білоруссю',
  Литва: 'Литвою',
};

/**
 * «з Польщею», «зі Словаччиною»: the preposition before the instrumental, in its form before a
 * cluster of consonants (Правопис 2019, § 24).
 *
 * @example withCountry('Словаччина') // => 'зі Словаччиною'
 */
export function withCountry(nominative: string): string {
  const instrumental = UK_INSTRUMENTAL[nominative] ?? nominative;
  return /^[СсЗзШшЩщ][^аеєиіїоуюяАЕЄИІЇОУЮЯ]/.test(instrumental) ? `зі ${instrumental}` : `з ${instrumental}`;
}
