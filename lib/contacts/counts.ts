import type { FluenzrDatabase } from '../db/database';
import { counterKey } from '../db/counters';
import { STAGES, STATUSES, type Stage, type Status } from '../model';

/**
 * Counts read from the maintained counters (lib/db/counters.ts): one small
 * read instead of an index walk. Inside a useLiveQuery they re-run when a
 * write changes them, like any other table read.
 */
async function read(db: FluenzrDatabase, keys: string[]): Promise<number[]> {
  const rows = await db.counters.bulkGet(keys);
  return rows.map((row) => row?.n ?? 0);
}

/** Which contacts a count is about: live (0), archived (1) or both. */
export type ArchivedScope = 0 | 1 | 'all';

const scopes = (archived: ArchivedScope): Array<0 | 1> => (archived === 'all' ? [0, 1] : [archived]);

/** Contacts with this archived flag (0: the live contacts the plan counts). */
export async function countByArchived(db: FluenzrDatabase, archived: ArchivedScope): Promise<number> {
  const counts = await read(db, scopes(archived).map(counterKey.archived));
  return counts.reduce((a, b) => a + b, 0);
}

/** One count per value, summed over the archived flags in scope. */
async function countPer<V extends string>(db: FluenzrDatabase, values: readonly V[], key: (value: V, archived: number) => string, archived: ArchivedScope): Promise<Record<V, number>> {
  const flags = scopes(archived);
  const counts = await read(db, values.flatMap((value) => flags.map((flag) => key(value, flag))));
  const sum = (i: number) => counts.slice(i * flags.length, (i + 1) * flags.length).reduce((a, b) => a + b, 0);
  return Object.fromEntries(values.map((value, i) => [value, sum(i)])) as Record<V, number>;
}

export const countByStage = (db: FluenzrDatabase, archived: ArchivedScope) => countPer<Stage>(db, STAGES, counterKey.stage, archived);
export const countByStatus = (db: FluenzrDatabase, archived: ArchivedScope) => countPer<Status>(db, STATUSES, counterKey.status, archived);

/** Contacts (live and archived) carrying each tag, in the order asked. */
export function countByTag(db: FluenzrDatabase, tags: string[]): Promise<number[]> {
  return read(db, tags.map(counterKey.tag));
}

/** Contacts (live and archived) in each group, in the order asked. */
export function countByGroup(db: FluenzrDatabase, groupIds: number[]): Promise<number[]> {
  return read(db, groupIds.map(counterKey.group));
}
