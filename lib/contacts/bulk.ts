import { z } from 'zod';
import { getDb, type FluenzrDatabase } from '../db/database';
import { getSettings } from '../settings/store';
import { PLAN_LIMITS, StageSchema, StatusSchema, type Contact, type HistoryEntry } from '../model';
import { ContactError } from './errors';
import type { FieldChanges } from './merge';
import { countLiveContacts } from './plan';

export const TagSchema = z.string().trim().min(1).max(64);

/** One change applied to many contacts at once. */
export const BulkOpSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addTag'), tag: TagSchema }),
  z.object({ kind: z.literal('removeTag'), tag: TagSchema }),
  z.object({ kind: z.literal('addGroup'), groupId: z.number().int().positive() }),
  z.object({ kind: z.literal('removeGroup'), groupId: z.number().int().positive() }),
  z.object({ kind: z.literal('setStage'), stage: StageSchema }),
  z.object({ kind: z.literal('setStatus'), status: StatusSchema }),
  z.object({ kind: z.literal('archive') }),
  z.object({ kind: z.literal('unarchive') }),
]);
export type BulkOp = z.infer<typeof BulkOpSchema>;

export const BulkRequestSchema = z.object({ ids: z.array(z.number().int().positive()).max(200_000), op: BulkOpSchema });

export interface Change {
  next: Contact;
  kind: HistoryEntry['kind'];
  changes?: FieldChanges;
}

const withItem = <T>(list: T[], item: T) => (list.includes(item) ? list : [...list, item]);

/** What an operation does to one contact (pure); null when it changes nothing. */
export function applyOp(contact: Contact, op: BulkOp, now: number): Change | null {
  const change = (field: keyof Contact, value: unknown, kind: HistoryEntry['kind']): Change | null => {
    if (JSON.stringify(contact[field]) === JSON.stringify(value)) return null;
    const next = { ...contact, [field]: value, updatedAt: now } as Contact;
    const changes = kind === 'archived' || kind === 'unarchived' ? undefined : { [field]: [contact[field], value] as [unknown, unknown] };
    return { next, kind, changes };
  };
  switch (op.kind) {
    case 'addTag':
      return change('tags', withItem(contact.tags, op.tag), 'edited');
    case 'removeTag':
      return change('tags', contact.tags.filter((tag) => tag !== op.tag), 'edited');
    case 'addGroup':
      return change('groupIds', withItem(contact.groupIds, op.groupId), 'edited');
    case 'removeGroup':
      return change('groupIds', contact.groupIds.filter((id) => id !== op.groupId), 'edited');
    case 'setStage':
      return change('stage', op.stage, 'stage');
    case 'setStatus':
      return change('status', op.status, 'status');
    case 'archive':
      return change('archived', 1, 'archived');
    case 'unarchive':
      return change('archived', 0, 'unarchived');
  }
}

/** Contacts per transaction: large enough to be fast, small enough not to hold the database for long. */
export const CHUNK = 1000;

/** Apply `decide` to the given contacts, chunk by chunk, each chunk one transaction with its history. */
export async function changeInChunks(
  db: FluenzrDatabase,
  ids: number[],
  decide: (contact: Contact, now: number) => Change | null,
  origin = 'manual',
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    changed += await db.transaction('rw', [db.contacts, db.history], async () => {
      const now = Date.now();
      const decided = (await db.contacts.bulkGet(chunk)).flatMap((contact) => {
        const result = contact ? decide(contact, now) : null;
        return result ? [result] : [];
      });
      if (!decided.length) return 0;
      await db.contacts.bulkPut(decided.map((d) => d.next));
      const entries = decided.map(({ next, kind, changes }) => {
        const entry: Omit<HistoryEntry, 'id'> = { contactId: next.id, at: now, kind, origin };
        if (changes) entry.changes = changes;
        return entry as HistoryEntry;
      });
      await db.history.bulkAdd(entries);
      return decided.length;
    });
  }
  return changed;
}

/** Unarchiving counts against the plan: refuse it whole rather than half-done. */
async function checkRoomToUnarchive(db: FluenzrDatabase, ids: number[]): Promise<void> {
  const limit = PLAN_LIMITS[(await getSettings()).plan];
  if (limit === null) return;
  const archived = new Set((await db.contacts.where('archived').equals(1).primaryKeys()) as number[]);
  const returning = ids.filter((id) => archived.has(id)).length;
  if (returning && (await countLiveContacts(db, limit + 1)) + returning > limit) throw new ContactError('plan_limit');
}

/** The bulk action of the manager; returns how many contacts changed. */
export async function bulkUpdate(ids: number[], op: BulkOp): Promise<{ changed: number }> {
  const db = getDb();
  const unique = [...new Set(ids)];
  if (op.kind === 'unarchive') await checkRoomToUnarchive(db, unique);
  return { changed: await changeInChunks(db, unique, (contact, now) => applyOp(contact, op, now)) };
}
