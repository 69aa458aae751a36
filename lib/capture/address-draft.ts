import type { ContactDraft, Source } from '../model';
import { companyFromEmail } from './company-domain';
import type { FoundAddress } from './page-emails';
import { isRoleAddress } from './mail-addresses';
import { looksLikePersonName, splitName } from './person-name';

/** A contact draft for an address found on a page: name when written, company from the domain. */
export function draftFromAddress(address: FoundAddress, source: Source): ContactDraft {
  // Link texts such as "Write to us" are not names: only name-like text is split.
  const names = isRoleAddress(address.email) || !looksLikePersonName(address.name) ? {} : splitName(address.name);
  const company = companyFromEmail(address.email);
  return {
    email: address.email,
    ...(names.firstName ? { firstName: names.firstName.slice(0, 500) } : {}),
    ...(names.lastName ? { lastName: names.lastName.slice(0, 500) } : {}),
    ...(company ? { company } : {}),
    source,
  };
}
