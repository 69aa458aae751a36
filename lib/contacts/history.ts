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
  const entry: Omit<HistoryEntry, 'id'> = { contactId, at, kind };
  if (changes && Object.keys(changes).length) entry.changes = changes;
  if (origin) entry.origin = origin;
  return db.history.add(entry as HistoryEntry) as Promise<number>;
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
