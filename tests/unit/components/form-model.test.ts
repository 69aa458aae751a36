import { describe, expect, it } from 'vitest';
import { draftOf, patchOf, validate, valuesOf } from '../../../components/contact/form-model';
import type { Contact, CustomFieldDef } from '../../../lib/model';
import { seedContact } from '../helpers/seed';

const DEFS: CustomFieldDef[] = [
  { key: 'budget', label: 'Budget', type: 'number', createdAt: 1 },
  { key: 'site', label: 'Site', type: 'url', createdAt: 2 },
  { key: 'size', label: 'Size', type: 'choice', options: ['S', 'M', 'L'], createdAt: 3 },
];

const contact = (): Contact => ({ ...seedContact(1, { firstName: 'Jane', title: 'VP Sales', customFields: { budget: 1200 } }), id: 7 }) as Contact;

describe('contact form model', () => {
  it('names the precise email problem and each invalid custom value', () => {
    const values = { ...valuesOf(contact(), DEFS, 'consent'), email: 'jane@acme', linkedinUrl: 'linkedin.com/in/x' };
    values.custom = { budget: '12k', site: 'ftp://x', size: 'XL' };
    expect(validate(values, DEFS)).toEqual({
      email: 'email.no_domain_dot',
      linkedinUrl: 'contacts.error.url',
      'custom:budget': 'fields.value.not_a_number',
      'custom:site': 'fields.value.invalid_url',
      'custom:size': 'fields.value.not_an_option',
    });
  });

  it('checks custom values with the same validator as the field editor and the import', () => {
    const defs: CustomFieldDef[] = [
      { key: 'renewal', label: 'Renewal', type: 'date', createdAt: 1 },
      { key: 'mobile', label: 'Mobile', type: 'phone', createdAt: 2 },
    ];
    const values = { ...valuesOf(contact(), defs, 'consent'), custom: { renewal: '31/02/2026', mobile: '12' } };
    expect(validate(values, defs, 'FR')).toEqual({ 'custom:renewal': 'fields.value.invalid_date', 'custom:mobile': 'fields.value.invalid_phone' });
    values.custom = { renewal: '2026-03-01', mobile: '06 12 34 56 78' };
    expect(validate(values, defs, 'FR')).toEqual({});
    expect(patchOf(contact(), values, defs, 1, 'FR').customFields).toMatchObject({ renewal: '2026-03-01', mobile: '+33 6 12 34 56 78' });
  });

  it('patches only what changed, clears emptied fields and parses custom values', () => {
    const original = contact();
    const values = valuesOf(original, DEFS, 'consent');
    expect(patchOf(original, values, DEFS)).toEqual({});
    values.email = ' JANE@Example.org ';
    values.title = '';
    values.stage = 'Won';
    values.custom = { budget: '3,5', site: 'https://acme.com', size: '' };
    expect(patchOf(original, values, DEFS)).toEqual({
      email: 'jane@example.org',
      title: '',
      stage: 'Won',
      customFields: { budget: 3.5, site: 'https://acme.com/' },
    });
  });

  it('builds a manual draft whose source says it was typed by hand', () => {
    const values = { ...valuesOf(undefined, DEFS, 'consent'), email: 'new@acme.com', firstName: ' Ana ' };
    const draft = draftOf(values, DEFS, 42);
    expect(draft).toMatchObject({ email: 'new@acme.com', firstName: 'Ana', source: { method: 'manual', where: 'manual', at: 42 }, consent: { basis: 'consent', at: 42 } });
    expect(draft).not.toHaveProperty('company');
  });
});
