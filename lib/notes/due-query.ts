import type { ContactResult } from '../contacts/query';
import type { FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';
import { dueRange, type DueFilter } from './due';
import { overdueCount } from './due-count';

/**
 * The manager's "overdue", "due today" and "this week" views when no other
 * filter applies: rows read straight from the nextDueAt index (live contacts
 * only), soonest due first, so a first page reads 50 rows whatever the number
 * of next steps; the overdue total comes from the per-day counters.
 */
export function dueIndexResult(db: FluenzrDatabase, due: DueFilter, archived: 0 | 1 | 'all', now = Date.now()): ContactResult {
  // Archived contacts keep their next step but have no due time: an archived view of a due filter is empty.
  if (archived === 1) return { total: async () => 0, page: async () => [], ids: async () => [] };
  const [from, to] = dueRange(due, now);
  const range = () => db.contacts.where('nextDueAt').between(from, to, true, false);
  return {
    total: () => (due === 'overdue' ? overdueCount(db, now) : range().count()),
    page: (offset, limit) => range().offset(offset).limit(limit).toArray() as Promise<Contact[]>,
    ids: async () => (await range().primaryKeys()) as number[],
  };
}
