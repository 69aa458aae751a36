import { describe, expect, it } from 'vitest';
import { editDistance, emailQuality, suggestDomain } from '../../../lib/quality/email-quality';

describe('suggestDomain', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmal.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['hotmal.fr', 'hotmail.fr'],
    ['outlok.com', 'outlook.com'],
    ['yaho.com', 'yahoo.com'],
    ['yahoo.fe', 'yahoo.fr'],
    ['orange.f', 'orange.fr'],
    ['wanadoo.ff', 'wanadoo.fr'],
    ['googlemial.con', 'googlemail.com'],
  ])('%s → %s', (typo, fixed) => expect(suggestDomain(typo)).toBe(fixed));

  it.each(['gmail.com', 'acme.com', 'oracle.fr', 'hotmail.de', 'yahoo.de', 'gmx.net', 'email.com', 'acme-robotics.com', 'free.fr', 'orange.com'])(
    'leaves %s alone (real, or ambiguous)',
    (domain) => expect(suggestDomain(domain)).toBeUndefined(),
  );
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('gmial', 'gmail')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('stops early past the bound', () => expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3));
});

describe('emailQuality', () => {
  it('suggests the fixed address, keeping the local part', () => {
    expect(emailQuality('jane.doe@gmial.com')).toEqual({ suggestion: 'jane.doe@gmail.com', role: false, disposable: false });
  });
  it.each(['contact@acme.com', 'sales@acme.com', 'info+fr@acme.com', 'noreply@acme.com', 'rh@acme.fr'])('flags %s as a role address', (email) =>
    expect(emailQuality(email).role).toBe(true),
  );
  it.each(['x@mailinator.com', 'x@yopmail.com', 'x@10minutemail.com'])('flags %s as disposable', (email) =>
    expect(emailQuality(email).disposable).toBe(true),
  );
  it('says nothing about an ordinary business address', () => {
    expect(emailQuality('jane.doe@acme-robotics.com')).toEqual({ role: false, disposable: false });
  });
});
