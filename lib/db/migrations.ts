import type { Transaction } from 'dexie';
import { recountInto } from './counters';
import { rebuildInto } from './rebuild';
import { sortKeysOf } from './sort-keys';

const recount = (tx: Transaction) => recountInto(tx.table('contacts'), tx.table('counters'));
const rebuild = (tx: Transaction) => rebuildInto(tx.table('contacts'), tx.table('counters'), tx.table('facts'));

/**
 * Data upgrades by target version. Each runs inside Dexie's upgrade
 * transaction, after the new schema of that version is in place. An upgrade
 * that changes contacts must end with recount(tx) (from v8 on, rebuildInto:
 * counters and fact bitmaps).
 */
export const UPGRADES: Record<number, (tx: Transaction) => Promise<unknown>> = {
  // v1 contacts had no lastActivityAt: their last update is the best guess.
  2: (tx) =>
    tx
      .table('contacts')
      .toCollection()
      .modify((contact: { lastActivityAt?: number; updatedAt: number }) => {
        contact.lastActivityAt ??= contact.updatedAt;
      }),
  // v4 sorts by derived keys: compute them for every existing contact.
  4: (tx) =>
    tx
      .table('contacts')
      .toCollection()
      .modify((contact: Parameters<typeof sortKeysOf>[0]) => {
        Object.assign(contact, sortKeysOf(contact));
      }),
  // v5 keeps counts in a table: count what is already there.
  5: recount,
  // v8 keeps fact bitmaps: build them from every contact (and recount, in the same pass).
  8: rebuild,
  // v9 adds two-letter search prefixes and days of last update to the facts.
  9: rebuild,
};
