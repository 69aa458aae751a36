import { getDb } from '../../../lib/db/database';
import { buildContact } from '../../../lib/contacts/repository';
import { ContactDraftSchema, DEFAULT_SETTINGS, type Contact } from '../../../lib/model';
import { draft } from './drafts';

/** Add `count` contacts directly (fast), each overridable; returns their ids. */
export async function seedContacts(count: number, overrides: (i: number) => Partial<Contact> = () => ({})): Promise<number[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const base = buildContact(ContactDraftSchema.parse(draft({ email: `p${i}@acme.com` })), DEFAULT_SETTINGS, false);
    return { ...base, ...overrides(i) };
  });
  return (await getDb().contacts.bulkAdd(rows as Contact[], { allKeys: true })) as number[];
}
