import type { FluenzrDatabase } from '../db/database';
import type { HistoryEntry } from '../model';
import type { FieldChanges } from './merge';

export function recordHistory(
  db: FluenzrDatabase,
  contactId: number,
  kind: HistoryEntry['kind'],
  changes?: FieldChanges,
  origin?: string,
  at = Date.now(),
): Promise<number> {
  return db.history.add(historyEntry(contactId, kind, changes, origin, at) as HistoryEntry) as Promise<number>;
}

/** The entry recordHistory writes, for callers that add many at once (bulk import). */
export function historyEntry(
  contactId: number,
  kind: HistoryEntry['kind'],
  changes?: FieldChanges,
  origin?: string,
  at = Date.now(),
): Omit<HistoryEntry, 'id'> {
  const entry: Omit<HistoryEntry, 'id'> = { contactId, at, kind };
  if (changes && Object.keys(changes).length) entry.changes = changes;
  if (origin) entry.origin = origin;
  return entry;
}

/** Newest first, read through the [contactId+at] index. */
export function contactHistory(db: FluenzrDatabase, contactId: number, limit = 200): Promise<HistoryEntry[]> {
  return db.history
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}
