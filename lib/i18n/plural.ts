import type { Locale, MessageKey, Params, Translate } from './index';

/** Keys that exist as `<base>.one` and `<base>.other`. */
type OneBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralBase = OneBase<MessageKey>;

const RULES = new Map<Locale, Intl.PluralRules>();

/**
 * The locale's own plural rule (CLDR, through Intl.PluralRules): French puts
 * 0 and 1 in "one", English only 1. Categories we have no string for
 * (French "many" for a million) fall back to "other".
 */
export function pluralKey(locale: Locale, base: PluralBase, count: number): MessageKey {
  let rules = RULES.get(locale);
  if (!rules) RULES.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${base}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey;
}

export function translatePlural(t: Translate, locale: Locale, base: PluralBase, count: number, params: Params = {}): string {
  return t(pluralKey(locale, base, count), { ...params, count: count.toLocaleString(locale) });
}
