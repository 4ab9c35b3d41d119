import type { Lang, Translate } from '../i18n';

/** The two message keys of a count: English has "1 problem" and "2 problems"; Japanese one form. */
export interface CountKeys {
  one: string;
  other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

/** A count in words that reads right in both languages, chosen by Intl.PluralRules. */
export function countWords(t: Translate, lang: Lang, keys: CountKeys, n: number): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return t(rule.select(n) === 'one' ? keys.one : keys.other, n);
}
