import { getDb } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { getSettings } from '../settings/store';
import {
  ContactDraftSchema,
  ContactPatchSchema,
  EDITABLE_FIELDS,
  normalizeEmail,
  type Contact,
  type ContactDraft,
  type ContactPatch,
  type NewContact,
  type Settings,
  type ValidContactDraft,
} from '../model';
import { applyEdit, type EditBase } from './edit';
import { ContactError } from './errors';
import { HashBook } from './hashes';
import { mergeDraft, type FieldChanges, type MergePolicy } from './merge';
import { commit, removeContacts, runWrite, type Proposal } from './pipeline';
import { keepUndo, newUndoToken } from './undo';

export type UpsertResult =
  | { outcome: 'created'; contact: Contact }
  | { outcome: 'updated' | 'unchanged'; contact: Contact; changes: FieldChanges; conflicts: FieldChanges }
  | { outcome: 'refused'; reason: 'plan_limit' | 'suppressed'; email: string; suppressedAs?: 'erased' | 'unsubscribed' }
  | { outcome: 'invalid'; problems: Array<{ field: string; problem: string }> };

export interface UpsertOptions {
  policy?: MergePolicy;
  /** A manual entry: every provided field counts as typed by the user. */
  manual?: boolean;
}

export function buildContact(draft: ValidContactDraft, settings: Settings, manual: boolean, now = Date.now()): NewContact {
  const fields = Object.fromEntries(EDITABLE_FIELDS.filter((f) => draft[f]).map((f) => [f, draft[f]]));
  const contact: NewContact = {
    ...fields,
    email: draft.email,
    ...otherEmailsOf(draft.email, draft.otherEmails),
    customFields: draft.customFields ?? {},
    tags: [...new Set(draft.tags ?? [])],
    groupIds: [...new Set(draft.groupIds ?? [])],
    stage: draft.stage ?? 'Lead',
    status: draft.status ?? 'Active',
    archived: 0,
    source: draft.source,
    consent: draft.consent ?? { basis: settings.defaultLegalBasis, at: now },
    editedFields: manual ? Object.keys(fields) : [],
    searchWords: [],
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  };
  contact.searchWords = searchWordsOf(contact);
  return contact;
}

/** Other addresses without the main one or repeats (an import may name the same address twice). */
export function otherEmailsOf(email: string, others: string[] | undefined): { otherEmails?: string[] } {
  if (!others?.length) return {};
  const kept = [...new Set(others)].filter((other) => other !== email);
  return kept.length ? { otherEmails: kept } : {};
}

export function zodProblems(error: { issues: Array<{ path: PropertyKey[]; message: string }> }) {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', problem: issue.message }));
}

/**
 * Create or merge by normalized email, through the write pipeline in one
 * transaction. Concurrent calls for the same email are serialized by
 * IndexedDB, so exactly one creates. `pendingKey`: the "To complete" row this
 * contact settles (a profile saved by any path no longer waits), removed in
 * the same transaction.
 */
export async function upsertByEmail(input: ContactDraft, options: UpsertOptions & { pendingKey?: string } = {}): Promise<UpsertResult> {
  const parsed = ContactDraftSchema.safeParse(input);
  if (!parsed.success) return { outcome: 'invalid', problems: zodProblems(parsed.error) };
  const draft = parsed.data;
  const policy = options.policy ?? 'refresh';
  const settings = await getSettings();
  const hashes = new HashBook();
  await hashes.add([draft.email]);
  const db = getDb();
  return runWrite(async (): Promise<UpsertResult> => {
    const existing = await db.contacts.where('email').equals(draft.email).first();
    const proposal = existing ? mergeProposal(existing, draft, policy) : createProposal(draft, settings, options.manual ?? false);
    const conflicts = proposal.conflicts;
    const { written, refused, consentKept } = await commit(db, [proposal], { hashes, origin: draft.source.where, consent: 'keep-status', room: 'partial' });
    const refusal = refused[0];
    if (refusal) return { outcome: 'refused', reason: refusal.reason, email: draft.email, ...(refusal.suppressedAs ? { suppressedAs: refusal.suppressedAs } : {}) };
    // Only an existing row is deleted: a delete of nothing still wakes every live "To complete" count.
    const { pendingKey } = options;
    if (pendingKey && (await db.pending.get(pendingKey))) await db.pending.delete(pendingKey);
    if (!existing) return { outcome: 'created', contact: written[0]!.contact };
    // Even an overwrite cannot reopen an unsubscribed contact: that needs new consent.
    if (consentKept.length && draft.status) conflicts.status = [existing.status, draft.status];
    const changes = proposal.changes ?? {};
    const contact = written[0]?.contact ?? existing;
    return { outcome: Object.keys(changes).length ? 'updated' : 'unchanged', contact, changes, conflicts };
  }, [db.pending]);
}

type DraftProposal = Proposal & { conflicts: FieldChanges };

function createProposal(draft: ValidContactDraft, settings: Settings, manual: boolean): DraftProposal {
  const kind = draft.source.method === 'import' ? 'imported' : 'captured';
  return { after: buildContact(draft, settings, manual), kind, entering: true, conflicts: {} };
}

/** A draft meeting the contact on file: the merge rules decide the contact after. */
export function mergeProposal(existing: Contact, draft: ValidContactDraft, policy: MergePolicy, now = Date.now()): DraftProposal {
  const { patch, changes, conflicts } = mergeDraft(existing, draft, policy);
  // Seeing the prospect again is activity, even when nothing changed.
  const after: Contact = { ...existing, ...patch, lastActivityAt: now };
  const kind = draft.source.method === 'import' ? 'imported' : 'recaptured';
  return { before: existing, after, kind, changes, entering: true, conflicts };
}

export interface UpdateOptions {
  /**
   * The user confirms the person agreed again (required to move an
   * Unsubscribed contact back to a status that allows campaigns).
   */
  newConsent?: { note?: string };
  /** What the edit was based on: a stale edit applies only its own fields, and never over another change to them. */
  base?: EditBase;
}

/**
 * A user's edit: validated, recorded, and remembered as user-typed. Status
 * rules (consent, suppression) are the pipeline's. An edit based on an older
 * version of the contact applies only the fields it changes; if one of them
 * was changed meanwhile, the whole edit is refused ('edit_conflict') and
 * nothing is written.
 */
export async function updateContact(id: number, input: ContactPatch, origin = 'manual', options: UpdateOptions = {}): Promise<Contact> {
  const patch = ContactPatchSchema.parse(input);
  const hashes = new HashBook();
  const db = getDb();
  try {
    return await runWrite(async () => {
      const existing = await db.contacts.get(id);
      if (!existing) throw new ContactError('not_found');
      const { next, changes } = applyEdit(existing, patch, options.base);
      if (!Object.keys(changes).length) return existing;
      next.editedFields = [...new Set([...existing.editedFields, ...Object.keys(changes).filter((f) => f !== 'consent')])];
      const proposal: Proposal = { before: existing, after: next, kind: 'edited', changes, newConsent: options.newConsent };
      const { written, refused } = await commit(db, [proposal], { hashes, origin, consent: 'refuse', room: 'refuse' });
      if (refused[0]) throw new ContactError(refused[0].reason);
      return written[0]!.contact;
    });
  } catch (error) {
    throw duplicateAsRefusal(error);
  }
}

/** A unique-index clash (an email already used by another contact), as the code the UI translates. */
export function duplicateAsRefusal(error: unknown): unknown {
  const inner = error instanceof Error && error.name === 'BulkError' ? (error as { failures?: Error[] }).failures?.[0] : error;
  return inner instanceof Error && inner.name === 'ConstraintError' ? new ContactError('duplicate_email') : error;
}

/** Delete contacts and their history together. */
export async function deleteContacts(ids: number[]): Promise<number> {
  return runWrite(async (db) => (await removeContacts(db, ids)).length);
}

/**
 * The manager's delete: the same delete, keeping the rows and their history
 * in an undo record (UNDO_TTL, lib/contacts/undo.ts) in the same transaction.
 */
export async function deleteContactsUndoable(ids: number[]): Promise<{ deleted: number; undo?: string }> {
  const token = newUndoToken();
  return runWrite(async (db) => {
    const history = await db.history.where('contactId').anyOf(ids).toArray();
    const contacts = await removeContacts(db, ids);
    if (!contacts.length) return { deleted: 0 };
    await keepUndo(db, token, 0, { kind: 'deleted', contacts, history });
    return { deleted: contacts.length, undo: token };
  });
}

export function getContact(id: number): Promise<Contact | undefined> {
  return getDb().contacts.get(id);
}

export function findByEmail(email: string): Promise<Contact | undefined> {
  return getDb().contacts.where('email').equals(normalizeEmail(email)).first();
}

export function findByLinkedinUrl(url: string): Promise<Contact | undefined> {
  return getDb().contacts.where('linkedinUrl').equals(url).first();
}

/** The most recently updated live contacts, read from the [archived+updatedAt] index. */
export function recentContacts(limit = 10): Promise<Contact[]> {
  return getDb()
    .contacts.where('[archived+updatedAt]')
    .between([0, -Infinity], [0, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}
