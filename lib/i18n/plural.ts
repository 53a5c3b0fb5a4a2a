/** The form a noun (and its verb) takes after a count in Ukrainian: 1 людина, 3 людини, 5 людей (Intl.PluralRules). */
export function ukPlural(count: number, forms: { one: string; few: string; many: string }): string {
  const rule = new Intl.PluralRules('uk').select(count);
  return rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many;
}
