import type { FluenzrDatabase } from '../db/database';
import { COUNTED_PREFIX_LENGTH, counterKey } from '../db/counters';
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

/** The counter keys holding an index entry's count, or undefined when no counter covers that index. */
export function countersOfIndexKey(index: string, key: unknown): string[] | undefined {
  const both = (of: (value: string, archived: number) => string, value: unknown) => (typeof value === 'string' ? [of(value, 0), of(value, 1)] : undefined);
  const compound = (of: (value: string, archived: number) => string) =>
    Array.isArray(key) && (key[0] === 0 || key[0] === 1) && typeof key[1] === 'string' ? [of(key[1], key[0])] : undefined;
  switch (index) {
    case 'tags':
      return typeof key === 'string' ? [counterKey.tag(key)] : undefined;
    case 'groupIds':
      return typeof key === 'number' ? [counterKey.group(key)] : undefined;
    case 'archived':
      return key === 0 || key === 1 ? [counterKey.archived(key)] : undefined;
    case 'stage':
      return both(counterKey.stage, key);
    case 'status':
      return both(counterKey.status, key);
    case '[archived+stage]':
      return compound(counterKey.stage);
    case '[archived+status]':
      return compound(counterKey.status);
    default:
      return undefined;
  }
}

/**
 * How many index entries `index` holds for these keys, from the counters;
 * undefined when one of them is not counted (the caller then reads the index).
 * For multi-entry indexes a contact is counted once per distinct key.
 */
export async function countIndexKeys(db: FluenzrDatabase, index: string, keys: readonly unknown[]): Promise<number | undefined> {
  return countIndexKeysNow(db, index, keys);
}

/**
 * The same count, decided synchronously: undefined at once (no read) when a
 * key is not counted, else a promise of one counters read. Inside a live
 * query an await that reads nothing loses Dexie's tracking of later reads.
 */
export function countIndexKeysNow(db: FluenzrDatabase, index: string, keys: readonly unknown[]): Promise<number> | undefined {
  const counterKeys: string[] = [];
  for (const key of keys) {
    const covered = countersOfIndexKey(index, key);
    if (!covered) return undefined;
    counterKeys.push(...covered);
  }
  return read(db, counterKeys).then((counts) => counts.reduce((a, b) => a + b, 0));
}

/** Every tag some contact carries: the tag counters (a counter at zero is removed). */
export async function tagsInUse(db: FluenzrDatabase): Promise<string[]> {
  const prefix = counterKey.tag('');
  const keys = await db.counters.where('key').startsWith(prefix).primaryKeys();
  return keys.map((key) => key.slice(prefix.length));
}

/** Contacts with a search word starting with `prefix`, when that prefix is short enough to be counted. */
export async function countByPrefix(db: FluenzrDatabase, prefix: string, archived: ArchivedScope): Promise<number | undefined> {
  if (!prefix || prefix.length > COUNTED_PREFIX_LENGTH) return undefined;
  const counts = await read(db, scopes(archived).map((flag) => counterKey.prefix(prefix, flag)));
  return counts.reduce((a, b) => a + b, 0);
}
