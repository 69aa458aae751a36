import { describe, expect, it } from 'vitest';
import { messageKeys, translator } from '../../lib/i18n';
import { pluralKey, translatePlural } from '../../lib/i18n/plural';
import { frenchTypography } from '../../lib/i18n/typography';

describe('French typography', () => {
  it.each([
    ['Segment : {name}', 'Segment\u202f: {name}'],
    ['Dernier import: {name}', 'Dernier import\u202f: {name}'],
    ['Effacer ? Oui !', 'Effacer\u202f? Oui\u202f!'],
    ['a ; b', 'a\u202f; b'],
    ['Champ "{label}" supprimé', 'Champ «\u202f{label}\u202f» supprimé'],
    ['Champ « {label} » supprimé', 'Champ «\u202f{label}\u202f» supprimé'],
    ['https://www.linkedin.com/in/x à 10:30', 'https://www.linkedin.com/in/x à 10:30'],
  ])('%s', (raw, expected) => {
    expect(frenchTypography(raw)).toBe(expected);
    expect(frenchTypography(expected)).toBe(expected);
  });

  it('every French string has a narrow no-break space before : ; ! ? and no straight double quote', () => {
    const t = translator('fr');
    const bad = messageKeys('fr').filter((key) => {
      const text = t(key as never);
      return /[^\u202f][:;!?](\s|$)/.test(text) || text.includes('"');
    });
    expect(bad).toEqual([]);
  });
});

describe('plurals', () => {
  it('follow each locale rule (Intl.PluralRules): French 0 and 1 singular, English only 1', () => {
    expect([0, 1, 2].map((n) => pluralKey('en', 'contacts.count', n))).toEqual(['contacts.count.other', 'contacts.count.one', 'contacts.count.other']);
    expect([0, 1, 2].map((n) => pluralKey('fr', 'contacts.count', n))).toEqual(['contacts.count.one', 'contacts.count.one', 'contacts.count.other']);
    expect(translatePlural(translator('en'), 'en', 'import.start', 1)).toBe('Import 1 contact');
    expect(translatePlural(translator('en'), 'en', 'import.start', 1200)).toBe('Import 1,200 contacts');
  });

  it('no English string puts a count before a plural noun without a .one form', () => {
    const t = translator('en');
    const bad = messageKeys('en').filter((key) => !/\.(one|other)$/.test(key) && /\{count\} (contacts|rows|values)\b/.test(t(key as never)));
    expect(bad).toEqual([]);
  });
});
