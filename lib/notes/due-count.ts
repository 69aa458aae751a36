import { counterKey, dueDayOf } from '../db/counters';
import type { FluenzrDatabase } from '../db/database';

const DAY_MS = 86_400_000;

/**
 * Live contacts whose next step is past due. Counting a range of the index is
 * linear (20,000 entries are tens of ms), so whole days before today come from
 * the maintained per-day counters (lib/db/counters.ts) and only today's steps
 * are counted on the index.
 */
export async function overdueCount(db: FluenzrDatabase, now: number): Promise<number> {
  const today = dueDayOf(now);
  const [days, partial] = await db.transaction('r', db.counters, db.contacts, () =>
    Promise.all([
      db.counters.where('key').between(counterKey.dueDay(0), counterKey.dueDay(today), true, false).toArray(),
      db.contacts.where('nextDueAt').between(today * DAY_MS, now, true, false).count(),
    ]),
  );
  return days.reduce((sum, row) => sum + row.n, 0) + partial;
}
