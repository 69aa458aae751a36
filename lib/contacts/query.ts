import type { FluenzrDatabase } from '../db/database';
import type { Contact } from '../model';
import { readSegment, type ContactResult, type ReadOptions } from '../segments/reader';
import { loadSegment } from '../segments/store';
import { dueIndexResult } from '../notes/due-query';
import { filterToSegment, normalizeFilter, type ContactFilter, type ContactSort } from './query-model';

export * from './query-model';
export { SMALL_SET, type ContactResult } from '../segments/reader';

const NOTHING: ContactResult = { total: async () => 0, page: async () => [], ids: async () => [] };

/** The manager's table: its filter compiled to segment criteria, read by the one reader. */
export async function queryContacts(db: FluenzrDatabase, filter: ContactFilter, sort: ContactSort, options: ReadOptions = {}): Promise<ContactResult> {
  // An unknown or unreadable saved segment matches nothing.
  // A due filter alone lists by due date, soonest first, on its own index (lib/notes/due-query.ts).
  if (filter.due && isDueAlone(filter)) return dueIndexResult(db, filter.due, filter.archived ?? 0);
  const saved = filter.segmentId ? ((await loadSegment(db, filter.segmentId))?.segment ?? null) : undefined;
  const segment = filterToSegment(filter, saved);
  return segment ? readSegment(db, segment, sort, options) : NOTHING;
}

function isDueAlone(filter: ContactFilter): boolean {
  const { due, archived: _archived, ...others } = normalizeFilter(filter);
  return !!due && Object.values(others).every((value) => value === undefined);
}

export async function countContacts(db: FluenzrDatabase, filter: ContactFilter): Promise<number> {
  return (await queryContacts(db, filter, { field: 'updatedAt', direction: 'desc' })).total();
}

export async function listContacts(db: FluenzrDatabase, filter: ContactFilter, sort: ContactSort, offset: number, limit: number): Promise<Contact[]> {
  return (await queryContacts(db, filter, sort)).page(offset, limit);
}
