import { describe, expect, it } from 'vitest';
import { keyFromLabel } from '../../../lib/customFields/defs';
import { fieldValueMessageKey, validateFieldValue } from '../../../lib/customFields/validate';
import { translator } from '../../../lib/i18n';
import type { CustomFieldDef } from '../../../lib/model';

const def = (type: CustomFieldDef['type'], options?: string[]) => ({ type, options });

describe('validateFieldValue', () => {
  it.each<[CustomFieldDef['type'], string, unknown]>([
    ['text', '  hello ', 'hello'],
    ['number', '1200', 1200],
    ['number', '1 200,50', 1200.5],
    ['number', '1,234.5', 1234.5],
    ['number', '1.234,5', 1234.5],
    ['number', '-3', -3],
    ['date', '2026-03-01', '2026-03-01'],
    ['date', '1/3/2026', '2026-03-01'],
    ['boolean', 'Oui', true],
    ['boolean', 'no', false],
    ['url', 'acme.com/team', 'https://acme.com/team'],
    ['url', 'http://acme.fr', 'http://acme.fr/'],
    ['email', ' Jane@Acme.COM ', 'jane@acme.com'],
    ['phone', '+1 415 555 2671', '+1 415 555 2671'],
  ])('%s accepts %j as %j', (type, raw, value) => {
    expect(validateFieldValue(def(type), raw)).toEqual({ ok: true, value });
  });

  it.each<[CustomFieldDef['type'], string, string]>([
    ['number', '12 apples', 'not_a_number'],
    ['number', '1.2.3', 'not_a_number'],
    ['date', '2026-02-30', 'invalid_date'],
    ['date', 'next monday', 'invalid_date'],
    ['boolean', 'maybe', 'not_yes_no'],
    ['url', 'javascript:alert(1)', 'invalid_url'],
    ['url', 'localhost', 'invalid_url'],
    ['email', 'jane@acme', 'email.no_domain_dot'],
    ['phone', '12', 'invalid_phone'],
    ['phone', '01 23 45 67 89', 'invalid_phone'],
  ])('%s refuses %j (%s)', (type, raw, problem) => {
    expect(validateFieldValue(def(type), raw)).toEqual({ ok: false, problem });
  });

  it('reads national phone numbers with a default country', () => {
    expect(validateFieldValue(def('phone'), '01 23 45 67 89', { defaultCountry: 'FR' })).toEqual({ ok: true, value: '+33 1 23 45 67 89' });
  });

  it('matches a choice ignoring case and accents, and keeps the option as written', () => {
    expect(validateFieldValue(def('choice', ['Équipe A', 'B']), 'equipe a')).toEqual({ ok: true, value: 'Équipe A' });
    expect(validateFieldValue(def('choice', ['A']), 'C')).toEqual({ ok: false, problem: 'not_an_option' });
  });

  it('clears the value on empty input and accepts typed values as they are', () => {
    expect(validateFieldValue(def('number'), '   ')).toEqual({ ok: true, value: null });
    expect(validateFieldValue(def('number'), 42)).toEqual({ ok: true, value: 42 });
    expect(validateFieldValue(def('boolean'), false)).toEqual({ ok: true, value: false });
  });

  it('explains every problem in English and French', () => {
    const en = translator('en');
    const fr = translator('fr');
    expect(en(fieldValueMessageKey('not_a_number'))).toBe('Enter a number, such as 1200 or 1 200,50.');
    expect(fr(fieldValueMessageKey('invalid_date'))).toBe('Saisissez une date réelle, au format JJ/MM/AAAA ou AAAA-MM-JJ.');
    expect(fr(fieldValueMessageKey('email.no_at'))).toBe('Une adresse email doit contenir un «\u202f@\u202f».');
  });
});

describe('keyFromLabel', () => {
  it('makes a stable, unique key from a label', () => {
    expect(keyFromLabel('Date de relance', [])).toBe('date_de_relance');
    expect(keyFromLabel('Budget (€)', ['budget'])).toBe('budget_2');
    expect(keyFromLabel('!!!', [])).toBe('field');
  });
});
