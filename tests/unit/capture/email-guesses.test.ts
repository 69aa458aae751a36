import { describe, expect, it } from 'vitest';
import { companyDomainFromWebsite, guessEmails } from '../../../lib/capture/email-guesses';
import { knownDomainForCompany } from '../../../lib/capture/known-company-domain';
import { upsertByEmail } from '../../../lib/contacts/repository';
import { draft } from '../helpers/drafts';

describe('email guesses', () => {
  it('builds the common patterns, most likely first', () => {
    expect(guessEmails('Jane', 'Doe', 'acme.com')).toEqual(['jane.doe@acme.com', 'jane@acme.com', 'jdoe@acme.com', 'j.doe@acme.com']);
  });

  it.each([
    ['Élodie', 'Martin', 'elodie.martin@exemple.fr'],
    ['Jean-Baptiste', 'de La Tour', 'jean-baptiste.delatour@exemple.fr'],
    ['Seán', "O'Neill", 'sean.oneill@exemple.fr'],
  ])('%s %s → %s', (first, last, expected) => {
    expect(guessEmails(first, last, 'exemple.fr')[0]).toBe(expected);
  });

  it('offers nothing without a domain or a first name', () => {
    expect(guessEmails('Jane', 'Doe', undefined)).toEqual([]);
    expect(guessEmails(undefined, 'Doe', 'acme.com')).toEqual([]);
  });

  it.each([
    ['https://www.acme-robotics.com/', 'acme-robotics.com'],
    ['http://shop.acme.co.uk/about', 'acme.co.uk'],
    ['acme.fr', 'acme.fr'],
    ['https://github.com/jane', undefined],
    ['https://linktr.ee/jane', undefined],
    [undefined, undefined],
  ])('website %s → domain %s', (website, domain) => {
    expect(companyDomainFromWebsite(website)).toBe(domain);
  });

  it('learns a company domain from contacts already saved there (not from free mail)', async () => {
    await upsertByEmail(draft({ email: 'a@acme-robotics.com', company: 'Acme Robotics' }));
    await upsertByEmail(draft({ email: 'b@acme-robotics.com', company: 'acme robotics' }));
    await upsertByEmail(draft({ email: 'c@gmail.com', company: 'Acme Robotics' }));
    await upsertByEmail(draft({ email: 'd@acme.org', company: 'Acme Foods' }));
    expect(await knownDomainForCompany('Acme Robotics')).toBe('acme-robotics.com');
    expect(await knownDomainForCompany('Globex')).toBeUndefined();
  });
});
