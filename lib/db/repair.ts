import type { FluenzrDatabase } from './database';
import { rebuildInto } from './rebuild';

/**
 * After an update of the extension, count the contacts again and rebuild
 * their fact bitmaps: if an earlier release kept either wrong, the counts
 * shown (plan usage, board, manager, segments) heal here. One transaction;
 * writes made meanwhile wait for it (4.3 s at 100,000 contacts in the bench's recount figure).
 */
export async function repairCounters(db: FluenzrDatabase): Promise<void> {
  await db.transaction('rw', db.contacts, db.counters, db.facts, () => rebuildInto(db.contacts, db.counters, db.facts));
}
