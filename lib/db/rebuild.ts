import type { Table } from 'dexie';
import { counterRows, tally, type Countable, type CounterRow } from './counters';
import { FactTally, type FactKey, type FactRow } from './facts';

/**
 * Count every contact again and rebuild its fact bitmaps, in one pass and
 * inside the caller's transaction (the three tables in it): the version 8
 * upgrade, and the repair run after each extension update in case an earlier
 * release kept either wrong.
 */
export async function rebuildInto(contacts: Table, counters: Table<CounterRow, string>, facts: Table<FactRow, FactKey>): Promise<void> {
  const counts = new Map<string, number>();
  const bitmaps = new FactTally();
  await contacts.each((contact: Countable & { id?: unknown }) => {
    tally(counts, contact, 1);
    bitmaps.add(contact.id, contact);
  });
  await counters.clear();
  await counters.bulkPut(counterRows(counts));
  await facts.clear();
  await facts.bulkPut(bitmaps.rows());
}
