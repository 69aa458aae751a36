import type { FluenzrDatabase } from '../db/database';
import { suppress } from '../gdpr/suppression';
import type { Contact, HistoryEntry, Settings } from '../model';
import type { BackupRows } from './format';

const CHUNK = 2000;

/** Call inside a transaction over every table. */
async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Suppression entries only ever accumulate: an erasure made here is never undone by a restore. */
async function unionSuppression(db: FluenzrDatabase, rows: BackupRows): Promise<void> {
  for (const row of rows.suppression) await suppress(db, row.hash, row.reason, row.at);
}

/** Replace: the backup becomes the base, ids kept; suppression and plan stay. */
export async function writeReplace(db: FluenzrDatabase, rows: BackupRows, settings: Settings | null): Promise<void> {
  await Promise.all([db.contacts.clear(), db.groups.clear(), db.fieldDefs.clear(), db.segments.clear(), db.history.clear(), db.pending.clear()]);
  await inChunks(rows.groups, (c) => db.groups.bulkAdd(c));
  await inChunks(rows.fieldDefs, (c) => db.fieldDefs.bulkAdd(c));
  await inChunks(rows.segments, (c) => db.segments.bulkAdd(c));
  await inChunks(rows.contacts, (c) => db.contacts.bulkAdd(c as Contact[]));
  await inChunks(rows.history, (c) => db.history.bulkAdd(c));
  await inChunks(rows.pending, (c) => db.pending.bulkAdd(c as never));
  await unionSuppression(db, rows);
  if (settings) await db.kv.put({ key: 'settings', value: settings });
}

/**
 * Merge: add what is missing. Groups meet by name, field definitions by key,
 * segments by name, pending profiles by URL; contacts get new ids and their
 * group ids and history follow. What exists here is kept as it is.
 */
export async function writeMerge(db: FluenzrDatabase, rows: BackupRows): Promise<void> {
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

  const contactIds = new Map<number, number>();
  await inChunks(rows.contacts, async (chunk) => {
    const fresh = chunk.map(({ id: _old, ...rest }) => ({ ...rest, groupIds: rest.groupIds.map((g) => groupIds.get(g)!).filter(Boolean) }));
    const ids = (await db.contacts.bulkAdd(fresh as Contact[], { allKeys: true })) as number[];
    chunk.forEach((contact, i) => contactIds.set(contact.id, ids[i]!));
  });
  const history = rows.history.map(({ id: _old, ...rest }) => ({ ...rest, contactId: contactIds.get(rest.contactId)! }));
  await inChunks(history, (c) => db.history.bulkAdd(c as HistoryEntry[]));
  await unionSuppression(db, rows);
}
