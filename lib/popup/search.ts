import type { FluenzrDatabase } from '../db/database';
import { queryWords } from '../db/search-words';
import type { Contact } from '../model';
import { contactsByNote } from '../notes/search';

/**
 * Folded prefix search on the *searchWords index: the longest query word
 * walks the index, the other words must prefix one of the contact's words.
 * Live contacts come before archived ones; at most `limit` are read. When
 * names and emails leave room, contacts whose notes match follow.
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
  const byName = [...found].sort((a, b) => a.archived - b.archived || b.updatedAt - a.updatedAt).slice(0, limit);
  if (byName.length >= limit) return byName;
  const seen = new Set(byName.map((c) => c.id));
  const byNote = (await contactsByNote(db, terms, limit)).filter((c) => !seen.has(c.id));
  return [...byName, ...byNote].slice(0, limit);
}
