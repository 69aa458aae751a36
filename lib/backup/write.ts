import type { FluenzrDatabase } from '../db/database';
import { suppress } from '../gdpr/suppression';
import type { Contact, Settings } from '../model';
import type { BackupRows } from './format';

const CHUNK = 2000;

/** Call inside a transaction over every table. */
async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Suppression entries only ever accumulate: an erasure made here is never
 * undone by a restore. Written before the contacts, so a contact whose hash
 * is in the backup's own list is refused by the write pipeline.
 */
export async function unionSuppression(db: FluenzrDatabase, rows: BackupRows): Promise<void> {
  for (const row of rows.suppression) await suppress(db, row.hash, row.reason, row.at);
}

/** Replace: the backup's groups, fields, segments and pending profiles become this base's (ids kept); settings too. */
export async function replaceOthers(db: FluenzrDatabase, rows: BackupRows, settings: Settings | null): Promise<void> {
  await Promise.all([db.groups.clear(), db.fieldDefs.clear(), db.segments.clear(), db.pending.clear()]);
  await inChunks(rows.groups, (c) => db.groups.bulkAdd(c));
  await inChunks(rows.fieldDefs, (c) => db.fieldDefs.bulkAdd(c));
  await inChunks(rows.segments, (c) => db.segments.bulkAdd(c));
  await inChunks(rows.pending, (c) => db.pending.bulkAdd(c as never));
  if (settings) await db.kv.put({ key: 'settings', value: settings });
}

/**
 * Merge: add what is missing. Groups meet by name, field definitions by key,
 * segments by name, pending profiles by URL. What exists here is kept as it
 * is. Returns the contacts with their group ids as they are here.
 */
export async function mergeOthers(db: FluenzrDatabase, rows: BackupRows): Promise<Contact[]> {
  const groupIds = new Map<number, number>();
  for (const group of rows.groups) {
    const here = await db.groups.where('name').equals(group.name).first();
    const { id: _old, ...rest } = group;
    groupIds.set(group.id, here ? here.id : ((await db.groups.add(rest as never)) as number));
  }
  for (const def of rows.fieldDefs) if (!(await db.fieldDefs.get(def.key))) await db.fieldDefs.add(def);
  for (const segment of rows.segments) {
    const { id: _old, ...rest } = segment;
    if (!(await db.segments.where('name').equals(segment.name).count())) await db.segments.add(rest as never);
  }
  for (const profile of rows.pending) if (!(await db.pending.get(profile.linkedinUrl))) await db.pending.add(profile as never);
  return rows.contacts.map((c) => ({ ...c, groupIds: c.groupIds.map((g) => groupIds.get(g)!).filter(Boolean) }) as Contact);
}
