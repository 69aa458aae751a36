import type { FluenzrDatabase } from '../db/database';
import { queryWords } from '../db/search-words';
import type { Contact } from '../model';

/**
 * Folded prefix search on the *searchWords index: the longest query word
 * walks the index, the other words must prefix one of the contact's words.
 * Live contacts come before archived ones; at most `limit` are read.
 */
export async function quickSearch(db: FluenzrDatabase, query: string, limit = 8): Promise<Contact[]> {
  const terms = queryWords(query);
  if (!terms.length) return [];
  const [longest, ...others] = [...terms].sort((a, b) => b.length - a.length);
  const matches = (contact: Contact) => others.every((term) => contact.searchWords.some((word) => word.startsWith(term)));
  const found = await db.contacts
    .where('searchWords')
    .startsWith(longest!)
    .distinct()
    .filter(matches)
    .limit(limit * 2)
    .toArray();
  return [...found].sort((a, b) => a.archived - b.archived || b.updatedAt - a.updatedAt).slice(0, limit);
}
