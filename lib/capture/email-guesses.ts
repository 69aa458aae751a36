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

/** Address patterns companies use, the most common first (the order guesses are offered in). */
export const EMAIL_PATTERNS = {
  'first.last': (f: string, l: string) => `${f}.${l}`,
  first: (f: string) => f,
  flast: (f: string, l: string) => `${f[0]}${l}`,
  'f.last': (f: string, l: string) => `${f[0]}.${l}`,
  firstlast: (f: string, l: string) => `${f}${l}`,
  last: (_f: string, l: string) => l,
  'last.first': (f: string, l: string) => `${l}.${f}`,
} as const;
export type EmailPattern = keyof typeof EMAIL_PATTERNS;
const GUESS_ORDER: EmailPattern[] = ['first.last', 'first', 'flast', 'f.last', 'firstlast', 'last'];

/** One person's address under one pattern; undefined when the names do not allow it (or it is no valid email). */
export function emailFromPattern(pattern: EmailPattern, firstName: string | undefined, lastName: string | undefined, domain: string): string | undefined {
  const first = localPart(firstName);
  const last = localPart(lastName);
  if (!first || (!last && pattern !== 'first')) return undefined;
  const check = checkEmail(`${EMAIL_PATTERNS[pattern](first, last)}@${domain}`);
  return check.ok ? check.email : undefined;
}

/**
 * Likely addresses for a person at a company domain, most common pattern
 * first. Guesses only: the UI marks them unverified.
 */
export function guessEmails(firstName: string | undefined, lastName: string | undefined, domain: string | undefined, limit = 4): string[] {
  if (!domain || !localPart(firstName)) return [];
  const patterns: EmailPattern[] = localPart(lastName) ? GUESS_ORDER : ['first'];
  const out: string[] = [];
  for (const pattern of patterns) {
    const email = emailFromPattern(pattern, firstName, lastName, domain);
    if (email && !out.includes(email)) out.push(email);
  }
  return out.slice(0, limit);
}
