import type { FluenzrDatabase } from '../db/database';
import { queryWords } from '../db/search-words';
import type { Contact } from '../model';
import { readSegment } from '../segments/reader';
import type { Segment } from '../segments/schema';
import { contactsByNote } from '../notes/search';

const searchIn = (query: string, archived: boolean): Segment => ({
  type: 'group',
  match: 'all',
  children: [
    { type: 'condition', field: 'archived', op: 'equals', value: archived },
    { type: 'condition', field: 'search', op: 'startsWith', value: query },
  ],
});

/**
 * The popup's quick search: the manager's word-prefix search through the one
 * reader, most recently updated first, live contacts before archived ones
 * (those are read only when the live ones do not fill the list).
 */
export async function quickSearch(db: FluenzrDatabase, query: string, limit = 8): Promise<Contact[]> {
  if (!queryWords(query).length) return [];
  const newest = { field: 'updatedAt', direction: 'desc' } as const;
  const live = await (await readSegment(db, searchIn(query, false), newest)).page(0, limit);
  if (live.length >= limit) return live;
  const byName = [...live, ...(await (await readSegment(db, searchIn(query, true), newest)).page(0, limit - live.length))];
  if (byName.length >= limit) return byName;
  // When names and emails leave room, contacts whose notes match follow.
  const seen = new Set(byName.map((c) => c.id));
  const byNote = (await contactsByNote(db, queryWords(query), limit)).filter((c) => !seen.has(c.id));
  return [...byName, ...byNote].slice(0, limit);
}
