import { getDomain } from 'tldts';
import { checkEmail } from '../model/email';
import { foldText } from '../text/fold';
import { isFreeMailDomain } from './free-mail';

/** Hosts people list as "website" that say nothing about their employer's mail domain. */
const NOT_A_COMPANY = new Set([
  'linkedin.com', 'github.com', 'github.io', 'gitlab.com', 'medium.com', 'substack.com', 'linktr.ee', 'twitter.com', 'x.com',
  'facebook.com', 'instagram.com', 'youtube.com', 'tiktok.com', 'calendly.com', 'wordpress.com', 'wixsite.com', 'blogspot.com',
  'google.com', 'notion.site', 'bit.ly', 'about.me', 'behance.net', 'dribbble.com', 'lnkd.in',
]);


/** The registrable domain of a website the person listed, when it can be a company's. */
export function companyDomainFromWebsite(website: string | undefined): string | undefined {
  if (!website) return undefined;
  const domain = getDomain(website.includes('://') ? website : `https://${website}`)?.toLowerCase();
  return domain && !NOT_A_COMPANY.has(domain) && !isFreeMailDomain(domain) ? domain : undefined;
}

/** "Jean-Baptiste" → "jean-baptiste", "de La Tour" → "delatour", "O'Neill" → "oneill". */
function localPart(name: string | undefined): string {
  return foldText(name ?? '').replace(/[^a-z0-9-]+/g, '').replace(/^-+|-+$/g, '');
}

/**
 * Likely addresses for a person at a company domain, most common pattern
 * first. Guesses only: the UI marks them unverified.
 */
export function guessEmails(firstName: string | undefined, lastName: string | undefined, domain: string | undefined, limit = 4): string[] {
  const first = localPart(firstName);
  const last = localPart(lastName);
  if (!domain || !first) return [];
  const locals = last ? [`${first}.${last}`, first, `${first[0]}${last}`, `${first[0]}.${last}`, `${first}${last}`, last] : [first];
  const out: string[] = [];
  for (const local of locals) {
    const check = checkEmail(`${local}@${domain}`);
    if (check.ok && !out.includes(check.email)) out.push(check.email);
  }
  return out.slice(0, limit);
}
