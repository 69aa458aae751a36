import type { BoardFilter } from '../../../lib/board/query';
import type { ContactFilter } from '../../../lib/contacts/query-model';
import { queryWords } from '../../../lib/db/search-words';
import type { Contact } from '../../../lib/model';

/**
 * What the manager's and the board's filters mean, written out on one
 * contact the plain way, independently of their compilation to segment
 * criteria: the reference the one reader is checked against. `inSegment` is
 * the filter's saved segment as a predicate (null: the segment does not exist).
 */
export function matchesContactFilter(contact: Contact, filter: ContactFilter, inSegment?: ((c: Contact) => boolean) | null): boolean {
  const archived = filter.archived ?? 0;
  if (filter.segmentId && !inSegment?.(contact)) return false;
  if (archived !== 'all' && contact.archived !== archived) return false;
  if (filter.tags?.length && !contact.tags.some((tag) => filter.tags!.includes(tag))) return false;
  if (filter.groupIds?.length && !contact.groupIds.some((id) => filter.groupIds!.includes(id))) return false;
  if (filter.stages?.length && !filter.stages.includes(contact.stage)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(contact.status)) return false;
  if (filter.updatedBetween && (contact.updatedAt < filter.updatedBetween[0] || contact.updatedAt > filter.updatedBetween[1])) return false;
  const words = filter.search?.trim() ? queryWords(filter.search) : [];
  // A word with an "@" is the start of an email; any other starts a word of the names, the company or the email.
  return words.every((word) => (word.includes('@') ? contact.email.startsWith(word) : contact.searchWords.some((indexed) => indexed.startsWith(word))));
}

/** A board column's card: live, in the stage, with the tag, in the group and in the saved segment. */
export function matchesBoardFilter(contact: Contact, filter: BoardFilter, inSegment?: ((c: Contact) => boolean) | null): boolean {
  if (contact.archived !== 0) return false;
  if (filter.tag && !contact.tags.includes(filter.tag)) return false;
  if (filter.groupId !== undefined && !contact.groupIds.includes(filter.groupId)) return false;
  return filter.segmentId === undefined || !!inSegment?.(contact);
}
