import { getDb } from '../db/database';
import { emailDomain } from '../model/email';
import { foldText, words } from '../text/fold';
import { isFreeMailDomain } from './free-mail';

/**
 * The mail domain most used by contacts already saved at `company`, read
 * through the searchWords index (bounded), so guesses can use a domain the
 * user has already seen work.
 */
export async function knownDomainForCompany(company: string | undefined, scan = 200): Promise<string | undefined> {
  const key = company ? words(company).sort((a, b) => b.length - a.length)[0] : undefined;
  if (!company || !key) return undefined;
  const wanted = foldText(company.trim());
  const counts = new Map<string, number>();
  await getDb()
    .contacts.where('searchWords')
    .equals(key)
    .limit(scan)
    .each((contact) => {
      if (!contact.company || foldText(contact.company.trim()) !== wanted) return;
      const domain = emailDomain(contact.email);
      if (!isFreeMailDomain(domain)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
    });
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
