import type { CountryCode } from 'libphonenumber-js/min';
import { emailDomain } from '../model/email';
import { companyFromEmail } from './company-domain';
import { mailboxOwner, readGmailThread } from './gmail-read';
import type { GmailPerson, GmailPersonReport, GmailThread, GmailThreadReport } from './gmail-types';
import { splitName } from './person-name';
import { parseSignature } from './signature-parse';

export type { GmailPerson, GmailThread } from './gmail-types';
export { gmailThreadId } from './gmail-selectors';

/**
 * The open Gmail thread: its people (owner and machine senders excluded,
 * deduplicated by normalized email) with company, title and phone, and the
 * failed recipients of its delivery-failure notices. Pure.
 */
export function extractGmailThread(doc: Document, url: string): GmailThread {
  const report = readGmailThread(doc, url);
  if (report) return enrichThread(report);
  const owner = mailboxOwner(doc);
  return owner ? { owner, people: [], bounces: [] } : { people: [], bounces: [] };
}

/**
 * What the content script reported, completed with what needs libraries
 * (Public Suffix List, phone metadata) that would bloat a content script.
 */
export function enrichThread(report: GmailThreadReport): GmailThread {
  const thread: GmailThread = { people: report.people.map(enrichPerson), bounces: [...report.bounces] };
  if (report.owner) thread.owner = report.owner;
  return thread;
}

export function enrichPerson(person: GmailPersonReport): GmailPerson {
  const { signature, ...rest } = person;
  const domainCompany = companyFromEmail(person.email);
  const facts = signature ? parseSignature(signature, { name: person.name, domainCompany, defaultCountry: countryOf(person.email) }) : {};
  // A role address's display name ("Service Achats") is not a person's name.
  const out: GmailPerson = { ...rest, ...(person.roleAddress ? {} : splitName(person.name)) };
  // A company named in the signature wins over the one the domain suggests.
  const company = facts.company ?? domainCompany;
  if (company) out.company = company;
  if (facts.title) out.title = facts.title;
  if (facts.phone) out.phone = facts.phone;
  return out;
}

// National numbers without +prefix are read in the country the domain suggests.
const TLD_COUNTRIES: Record<string, CountryCode> = { fr: 'FR', be: 'BE', ch: 'CH', ca: 'CA', uk: 'GB', de: 'DE', es: 'ES', it: 'IT', lu: 'LU', us: 'US' };

function countryOf(email: string): CountryCode {
  const tld = emailDomain(email).split('.').pop() ?? '';
  return TLD_COUNTRIES[tld] ?? 'FR';
}
