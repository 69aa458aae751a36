import { describe, expect, it } from 'vitest';
import { isEmailWord, queryWords, searchWordsOf } from '../../../lib/db/search-words';

describe('search words', () => {
  it('indexes names, company and the parts of the email, not the whole email', () => {
    const words = searchWordsOf({ firstName: 'Élodie', lastName: 'Dupont', company: 'Acme SA', email: 'elodie.dupont@acme.fr' });
    expect(words.sort()).toEqual(['acme', 'dupont', 'elodie', 'fr', 'sa']);
  });

  it('keeps each email-looking word of a query whole, beside its parts', () => {
    expect(queryWords('  Elodie.Dupont@acme.fr ')).toEqual(['elodie.dupont@acme.fr', 'elodie', 'dupont', 'acme', 'fr']);
    expect(queryWords('jane@acme oko')).toEqual(['jane@acme', 'jane', 'acme', 'oko']);
    expect(queryWords('Élo du')).toEqual(['elo', 'du']);
    expect(['a@b', 'ab'].map(isEmailWord)).toEqual([true, false]);
  });
});
