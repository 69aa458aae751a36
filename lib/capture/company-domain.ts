import { getDomainWithoutSuffix } from 'tldts';
import { emailDomain } from '../model/email';
import { isFreeMail } from './free-mail';

// Legal forms written in capitals when a domain spells them ("exemple-sa.fr" → "Exemple SA").
const UPPER = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'ag', 'bv', 'nv', 'llc', 'plc', 'it', 'hr', 'ai', 'io']);
const SPECIAL: Record<string, string> = { gmbh: 'GmbH' };

/**
 * The company an address's domain names: its registrable name (Public Suffix
 * List, via tldts), humanized; undefined for free-mail providers.
 */
export function companyFromEmail(email: string): string | undefined {
  const domain = emailDomain(email.toLowerCase());
  const label = getDomainWithoutSuffix(domain, { allowPrivateDomains: false }) ?? undefined;
  if (!label || isFreeMail(domain, label)) return undefined;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => SPECIAL[word] ?? (UPPER.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
