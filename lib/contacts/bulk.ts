import { z } from '../zod';
import { StageSchema, StatusSchema, type Contact, type HistoryEntry } from '../model';
import { HashBook } from './hashes';
import type { FieldChanges } from './merge';
import { commit, runWrite } from './pipeline';
import type { ConsentMode } from './rules';
import { changedItems, keepUndo, newUndoToken } from './undo';

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
export function applyOp(contact: Contact, op: BulkOp): Change | null {
  const change = (field: keyof Contact, value: unknown, kind: HistoryEntry['kind']): Change | null => {
    if (JSON.stringify(contact[field]) === JSON.stringify(value)) return null;
    const next = { ...contact, [field]: value } as Contact;
    return { next, kind, changes: { [field]: [contact[field], value] as [unknown, unknown] } };
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

/** Contacts per chunk: large enough to be fast, small enough not to hold the database for long. */
export const CHUNK = 1000;

export interface ChunkOptions {
  origin?: string;
  /** One transaction for every chunk (all or nothing: archiving, unarchiving); otherwise one per chunk. */
  whole?: boolean;
  consent?: ConsentMode;
  newConsent?: { note?: string };
  /** Keep what each chunk replaced, for the undo toast (lib/contacts/undo.ts). */
  undoable?: boolean;
}

export interface BulkOutcome {
  changed: number;
  /** Unsubscribed contacts whose status was kept: reopening them needs a recorded new consent. */
  needConsent: number;
  /** With `undoable`, when something changed: the token that undoes it. */
  undo?: string;
}

/** Apply `decide` to the given contacts chunk by chunk, each change through the write pipeline. */
export async function changeInChunks(ids: number[], decide: (contact: Contact) => Change | null, options: ChunkOptions = {}): Promise<BulkOutcome> {
  const hashes = new HashBook();
  const outcome: BulkOutcome = { changed: 0, needConsent: 0 };
  const token = options.undoable ? newUndoToken() : undefined;
  const chunk = async (db: Parameters<Parameters<typeof runWrite>[0]>[0], part: number[], index: number) => {
    const proposals = (await db.contacts.bulkGet(part)).flatMap((contact) => {
      const change = contact ? decide(contact) : null;
      return change ? [{ before: contact!, after: change.next, kind: change.kind, changes: change.changes, newConsent: options.newConsent }] : [];
    });
    const result = await commit(db, proposals, { hashes, origin: options.origin ?? 'manual', consent: options.consent ?? 'keep-status', room: 'refuse' });
    const items = token ? changedItems(result) : [];
    if (items.length) await keepUndo(db, token!, index, { kind: 'changes', items });
    return { changed: result.written.length, needConsent: result.consentKept.length };
  };
  const add = (part: BulkOutcome) => {
    outcome.changed += part.changed;
    outcome.needConsent += part.needConsent;
  };
  const parts = Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));
  if (options.whole) {
    add(
      await runWrite(async (db) => {
        const total: BulkOutcome = { changed: 0, needConsent: 0 };
        for (const [index, part] of parts.entries()) {
          const done = await chunk(db, part, index);
          total.changed += done.changed;
          total.needConsent += done.needConsent;
        }
        return total;
      }),
    );
  } else {
    for (const [index, part] of parts.entries()) add(await runWrite((db) => chunk(db, part, index)));
  }
  return token && outcome.changed ? { ...outcome, undo: token } : outcome;
}

/**
 * The manager's bulk action. Archiving and unarchiving are all or nothing
 * (unarchiving counts against the plan: refused whole rather than half-done).
 */
export async function bulkUpdate(ids: number[], op: BulkOp, origin = 'manual', undoable = false): Promise<BulkOutcome> {
  const unique = [...new Set(ids)];
  const whole = op.kind === 'archive' || op.kind === 'unarchive';
  return changeInChunks(unique, (contact) => applyOp(contact, op), { origin, whole, undoable });
}
