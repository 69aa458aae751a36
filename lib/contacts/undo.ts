import { z } from '../zod';
import { getDb, type FluenzrDatabase } from '../db/database';
import type { Contact, ContactPatch, HistoryEntry } from '../model';
import { applyEdit } from './edit';
import { ContactError } from './errors';
import { HashBook } from './hashes';
import type { CommitResult, Proposal } from './pipeline';
import { commit, runWrite } from './pipeline';
import { restoreContacts } from './restore-contacts';

/**
 * Undo of the manager's bulk and destructive actions (the "N contacts
 * archived · Undo" toast). The action writes what it replaced into `kv`, in
 * its own transaction, under a token it hands back; the undo reads it there
 * (never from the page, so no page can forge an "undo" that reopens an
 * unsubscribe) and writes through the pipeline like any edit:
 * - a change is reverted field by field with the edit `base` mechanism: a
 *   contact changed since on one of those fields keeps its new value (counted
 *   in `skipped`), others get their previous value back;
 * - a delete is a real delete (the plan room is freed at once); its undo
 *   restores the rows and their history with their ids, through the restore
 *   path: an address erased in between stays out, and the plan is checked.
 * Records live UNDO_TTL at most (purged on every new action and by an alarm),
 * so a deleted contact's data does not linger.
 */
export const UNDO_TTL = 2 * 60_000;
const PREFIX = 'undo:';

/** `<time>.<uuid>`: the time first, so expired records are one key range. */
export const UndoTokenSchema = z.string().regex(/^\d{13}\.[0-9a-f-]{36}$/);

export interface ChangedItem {
  id: number;
  /** The contact's version right after the action. */
  updatedAt: number;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

type UndoRecord = { kind: 'changes'; items: ChangedItem[] } | { kind: 'deleted'; contacts: Contact[]; history: HistoryEntry[] };

export interface UndoOutcome {
  restored: number;
  /** Left as they are: changed since, gone, or (a delete's undo) whose address was taken or erased meanwhile. */
  skipped: number;
}

export function newUndoToken(now = Date.now()): string {
  return `${now}.${crypto.randomUUID()}`;
}

const tokenTime = (token: string) => Number(token.slice(0, token.indexOf('.')));

/** Inside the action's write transaction: keep part `part` of what it replaced, and drop expired records. */
export async function keepUndo(db: FluenzrDatabase, token: string, part: number, record: UndoRecord): Promise<void> {
  await purgeExpiredUndo(db);
  await db.kv.put({ key: `${PREFIX}${token}:${part}`, value: record });
}

export async function purgeExpiredUndo(db: FluenzrDatabase, now = Date.now()): Promise<number> {
  return db.kv.where('key').between(PREFIX, `${PREFIX}${now - UNDO_TTL}`, true, false).delete();
}

/** The fields a written change replaced, as an undo item. */
export function changedItems(result: CommitResult): ChangedItem[] {
  return result.written.flatMap(({ proposal, contact }) => {
    const fields = Object.keys(proposal.changes ?? {}).filter((f) => f !== 'consent');
    if (!fields.length || !proposal.before) return [];
    const pick = (c: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, c[f]]));
    return [{ id: contact.id, updatedAt: contact.updatedAt, before: pick(proposal.before as never), after: pick(contact as never) }];
  });
}

/** Undo the action behind `token`, once; refused as 'undo_expired' when its record is gone. */
export async function undoAction(token: string, now = Date.now()): Promise<UndoOutcome> {
  if (tokenTime(token) + UNDO_TTL < now) throw new ContactError('undo_expired');
  const db = getDb();
  const keys = (await db.kv.where('key').startsWith(`${PREFIX}${token}:`).primaryKeys()) as string[];
  if (!keys.length) throw new ContactError('undo_expired');
  const hashes = new HashBook();
  const outcome: UndoOutcome = { restored: 0, skipped: 0 };
  for (const key of keys) {
    // Each part is read, undone and dropped in one transaction: undone exactly once.
    const part = await runWrite(async () => {
      const record = (await db.kv.get(key))?.value as UndoRecord | undefined;
      if (!record) return { restored: 0, skipped: 0 };
      const done = record.kind === 'deleted' ? await restoreDeleted(db, record, hashes) : await revertChanges(db, record.items, hashes);
      await db.kv.delete(key);
      return done;
    });
    outcome.restored += part.restored;
    outcome.skipped += part.skipped;
  }
  return outcome;
}

async function revertChanges(db: FluenzrDatabase, items: ChangedItem[], hashes: HashBook): Promise<UndoOutcome> {
  const stored = await db.contacts.bulkGet(items.map((item) => item.id));
  const proposals: Proposal[] = [];
  let skipped = 0;
  items.forEach((item, i) => {
    const contact = stored[i];
    const proposal = contact && revertProposal(contact, item);
    if (proposal) proposals.push(proposal);
    else skipped++;
  });
  const result = await commit(db, proposals, { hashes, origin: 'undo', consent: 'keep-status', room: 'refuse' });
  return { restored: result.written.length, skipped: skipped + result.consentKept.length + result.refused.length };
}

/** The previous values back, unless one of the fields was changed since (then the contact is left as it is). */
export function revertProposal(contact: Contact, item: ChangedItem): Proposal | null {
  try {
    const { next, changes } = applyEdit(contact, item.before as ContactPatch, { updatedAt: item.updatedAt, values: item.after });
    if (!Object.keys(changes).length) return null;
    const kind = 'archived' in changes ? (next.archived ? 'archived' : 'unarchived') : 'edited';
    // An unsubscribe set by this very action moments ago, and untouched since, is undone as a
    // correction of the user's own mistake, not a reopening: no new consent (README, "Undo").
    const correction = 'status' in changes && item.before.status !== undefined;
    return { before: contact, after: next, kind, changes, ...(correction ? { correction: true } : {}) };
  } catch (error) {
    if (error instanceof ContactError && error.code === 'edit_conflict') return null;
    throw error;
  }
}

async function restoreDeleted(db: FluenzrDatabase, record: Extract<UndoRecord, { kind: 'deleted' }>, hashes: HashBook): Promise<UndoOutcome> {
  // An address captured again since the delete belongs to that new contact now.
  const taken = new Set((await db.contacts.where('email').anyOf(record.contacts.map((c) => c.email)).keys()) as string[]);
  const back = record.contacts.filter((c) => !taken.has(c.email));
  const done = await restoreContacts(db, back, record.history, { hashes, keepIds: true });
  return { restored: done.restored, skipped: record.contacts.length - done.restored };
}
