import { getDb } from '../../../lib/db/database';
import { buildContact } from '../../../lib/contacts/repository';
import { ContactDraftSchema, DEFAULT_SETTINGS, STAGES, STATUSES, type Contact, type NewContact } from '../../../lib/model';
import { draft } from './drafts';
import { searchWordsOf } from '../../../lib/db/search-words';

const FIRST = ['Jane', 'Élodie', 'Marc', 'Zoé', 'Ana', 'Luc', undefined];
const LAST = ['Doe', 'Martin', 'Durand', 'Lefèvre', undefined];
const COMPANIES = ['Acme', 'Exemple SA', 'Öko Gmbh', 'Zeta', undefined];
const TAGS = ['salon', 'vip', 'cold', 'sample'];

/** A deterministic varied contact n (no randomness: failures reproduce). */
export function seedContact(n: number, overrides: Partial<NewContact> = {}): NewContact {
  const base = {
    email: `person${n}@company${n % 7}.com`,
    firstName: FIRST[n % FIRST.length],
    lastName: LAST[(n * 3) % LAST.length],
    company: COMPANIES[(n * 2) % COMPANIES.length],
    customFields: {},
    tags: TAGS.filter((_, i) => (n >> i) % 3 === 0),
    groupIds: n % 4 === 0 ? [1] : n % 4 === 1 ? [1, 2] : [],
    stage: STAGES[n % STAGES.length]!,
    status: STATUSES[(n * 7) % STATUSES.length]!,
    archived: (n % 9 === 0 ? 1 : 0) as 0 | 1,
    source: { method: 'manual' as const, where: 'test', at: 1 },
    consent: { basis: 'legitimate_interest' as const, at: 1 },
    editedFields: [],
    searchWords: [],
    createdAt: 1_700_000_000_000 + ((n * 7919) % 1000) * 1000,
    updatedAt: 1_700_000_000_000 + ((n * 104729) % 1000) * 1000,
    lastActivityAt: 1_700_000_000_000 + n,
    ...overrides,
  };
  for (const key of Object.keys(base) as Array<keyof typeof base>) if (base[key] === undefined) delete base[key];
  return { ...base, searchWords: searchWordsOf(base) } as NewContact;
}

export async function seedContacts(count: number, overrides: (n: number) => Partial<NewContact> = () => ({})): Promise<number[]> {
  const rows = Array.from({ length: count }, (_, n) => seedContact(n, overrides(n)));
  return (await getDb().contacts.bulkAdd(rows as Contact[], { allKeys: true })) as number[];
}

/** Add `count` plain Active contacts p<i>@acme.com built by the repository (fast), each overridable; returns their ids. */
export async function seedPlainContacts(count: number, overrides: (i: number) => Partial<Contact> = () => ({})): Promise<number[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const base = buildContact(ContactDraftSchema.parse(draft({ email: `p${i}@acme.com` })), DEFAULT_SETTINGS, false);
    return { ...base, ...overrides(i) };
  });
  return (await getDb().contacts.bulkAdd(rows as Contact[], { allKeys: true })) as number[];
}
