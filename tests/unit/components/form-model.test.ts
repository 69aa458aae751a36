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
      'custom:budget': 'contacts.error.number',
      'custom:site': 'contacts.error.url',
      'custom:size': 'contacts.error.choice',
    });
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
      customFields: { budget: 3.5, site: 'https://acme.com' },
    });
  });

  it('builds a manual draft whose source says it was typed by hand', () => {
    const values = { ...valuesOf(undefined, DEFS, 'consent'), email: 'new@acme.com', firstName: ' Ana ' };
    const draft = draftOf(values, DEFS, 42);
    expect(draft).toMatchObject({ email: 'new@acme.com', firstName: 'Ana', source: { method: 'manual', where: 'manual', at: 42 }, consent: { basis: 'consent', at: 42 } });
    expect(draft).not.toHaveProperty('company');
  });
});
