import type { Locale, MessageKey, Params, Translate } from './index';

/** Keys that exist as `<base>.one` and `<base>.other`. */
type OneBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralBase = OneBase<MessageKey>;

/** French treats 0 and 1 as singular; English only 1. */
export function pluralKey(locale: Locale, base: PluralBase, count: number): MessageKey {
  const one = locale === 'fr' ? Math.abs(count) < 2 : count === 1;
  return `${base}.${one ? 'one' : 'other'}` as MessageKey;
}

export function translatePlural(t: Translate, locale: Locale, base: PluralBase, count: number, params: Params = {}): string {
  return t(pluralKey(locale, base, count), { ...params, count: count.toLocaleString(locale) });
}
