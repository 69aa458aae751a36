import { useLiveQuery } from 'dexie-react-hooks';
import { knownDomainForCompany } from '../../lib/capture/known-company-domain';
import { companyDomainFromWebsite, guessEmails } from '../../lib/capture/email-guesses';

/** Likely addresses from the name and the company's domain (listed website, else contacts already saved there). */
export function useEmailGuesses(firstName: string, lastName: string, company: string, website: string | undefined): string[] {
  const fromWebsite = companyDomainFromWebsite(website);
  const fromContacts = useLiveQuery(() => (fromWebsite ? undefined : knownDomainForCompany(company)), [fromWebsite, company]);
  return guessEmails(firstName.trim(), lastName.trim(), fromWebsite ?? fromContacts);
}
