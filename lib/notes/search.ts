import type { FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';

/**
 * Contacts whose notes hold every term as a word prefix: the longest term
 * walks the notes' *searchWords index, the others are checked on the note.
 */
export async function contactsByNote(db: FluenzrDatabase, terms: string[], limit: number): Promise<Contact[]> {
  if (!terms.length || limit <= 0) return [];
  const [longest, ...others] = [...terms].sort((a, b) => b.length - a.length);
  const notes = await db.notes
    .where('searchWords')
    .startsWith(longest!)
    .distinct()
    .filter((note) => others.every((term) => note.searchWords.some((word) => word.startsWith(term))))
    .limit(limit * 4)
    .toArray();
  const ids = [...new Set(notes.map((note) => note.contactId))].slice(0, limit);
  return (await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c);
}
