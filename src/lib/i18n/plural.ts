/**
 * Plural forms through Intl.PluralRules: a catalogue gives the forms its language has (English
 * one/other, Polish one/few/many/other...) and the rules pick one. A missing form falls back to
 * `other`, which every language has.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return forms[r.select(n)] ?? forms.other;
}
