import { getDb } from '../db/database';
import type { Contact } from '../model';

const DAY = 24 * 60 * 60 * 1000;

/** The moment before which a contact's last activity is past retention. */
export function retentionCutoff(now: number, months: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
}

/** Days a contact has been past retention (0 when it is not). */
export function daysPast(lastActivityAt: number, cutoff: number): number {
  return lastActivityAt >= cutoff ? 0 : Math.floor((cutoff - lastActivityAt) / DAY);
}

function range(archived: 0 | 1, cutoff: number) {
  // [archived+lastActivityAt]: oldest first, only rows strictly before the cutoff.
  return getDb().contacts.where('[archived+lastActivityAt]').between([archived, -Infinity], [archived, cutoff], true, false);
}

/** How many contacts are past retention (an index count). */
export function countPastRetention(cutoff: number, archived: 0 | 1 = 0): Promise<number> {
  return range(archived, cutoff).count();
}

/** One page of contacts past retention, oldest activity first. */
export function pastRetentionPage(cutoff: number, page: number, size: number, archived: 0 | 1 = 0): Promise<Contact[]> {
  return range(archived, cutoff).offset(page * size).limit(size).toArray();
}

/** The ids of every contact past retention (keys only, no rows loaded). */
export async function pastRetentionIds(cutoff: number, archived: 0 | 1 = 0): Promise<number[]> {
  return (await range(archived, cutoff).primaryKeys()) as number[];
}
