import { recountInto } from './counters';
import type { FluenzrDatabase } from './database';

/**
 * After an update of the extension, count the contacts again: if an earlier
 * release miscounted, the counts shown (plan usage, board, manager) heal
 * here. One transaction; writes made meanwhile wait for it (about a second
 * per 100,000 contacts).
 */
export async function repairCounters(db: FluenzrDatabase): Promise<void> {
  await db.transaction('rw', db.contacts, db.counters, () => recountInto(db.contacts, db.counters));
}
