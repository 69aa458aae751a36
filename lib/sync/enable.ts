import type { FluenzrDatabase } from '../db/database';
import { enqueueAll } from './mirror';
import { SYNC_ON_KEY } from './outbox-middleware';
import { SYNCED_TABLES } from './registry';

/**
 * Turn the outbox on: from now on every change of a synced table is
 * recorded, and every row already there is queued once (one transaction,
 * so no change made meanwhile is missed or queued before the rows it follows).
 */
export async function enableOutbox(db: FluenzrDatabase): Promise<number> {
  return db.transaction('rw', [db.kv, db.outbox, ...SYNCED_TABLES.map((t) => db.table(t.table))], async () => {
    if (await db.kv.get(SYNC_ON_KEY)) return 0;
    await db.kv.put({ key: SYNC_ON_KEY, value: true });
    return enqueueAll(db);
  });
}

/** Turn it off: nothing is recorded any more, and what was waiting is dropped (the next enable queues every row again). */
export async function disableOutbox(db: FluenzrDatabase): Promise<void> {
  await db.transaction('rw', [db.kv, db.outbox], async () => {
    await db.kv.delete(SYNC_ON_KEY);
    await db.outbox.clear();
  });
}
