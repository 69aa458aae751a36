import { getDb } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { emailHash } from '../gdpr/hash';
import { getSettings } from '../settings/store';
import {
  ContactDraftSchema,
  ContactPatchSchema,
  EDITABLE_FIELDS,
  PLAN_LIMITS,
  type Contact,
  type ContactDraft,
  type ContactPatch,
  type NewContact,
  type Settings,
  type ValidContactDraft,
} from '../model';
import { ContactError } from './errors';
import { recordHistory } from './history';
import { mergeDraft, type FieldChanges, type MergePolicy } from './merge';
import { countLiveContacts } from './plan';

export type UpsertResult =
  | { outcome: 'created'; contact: Contact }
  | { outcome: 'updated' | 'unchanged'; contact: Contact; changes: FieldChanges; conflicts: FieldChanges }
  | { outcome: 'refused'; reason: 'plan_limit' | 'suppressed'; email: string }
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

export function zodProblems(error: { issues: Array<{ path: PropertyKey[]; message: string }> }) {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', problem: issue.message }));
}

/**
 * Create or merge by normalized email, in one transaction. Concurrent calls
 * for the same email are serialized by IndexedDB, so exactly one creates.
 */
export async function upsertByEmail(input: ContactDraft, options: UpsertOptions = {}): Promise<UpsertResult> {
  const parsed = ContactDraftSchema.safeParse(input);
  if (!parsed.success) return { outcome: 'invalid', problems: zodProblems(parsed.error) };
  const draft = parsed.data;
  const policy = options.policy ?? 'refresh';
  const hash = await emailHash(draft.email);
  const settings = await getSettings();
  const db = getDb();

  return db.transaction('rw', [db.contacts, db.history, db.suppression], async (): Promise<UpsertResult> => {
    const existing = await db.contacts.where('email').equals(draft.email).first();
    if (!existing) {
      if (await db.suppression.get(hash)) return { outcome: 'refused', reason: 'suppressed', email: draft.email };
      const limit = PLAN_LIMITS[settings.plan];
      if (limit !== null && (await countLiveContacts(db)) >= limit) {
        return { outcome: 'refused', reason: 'plan_limit', email: draft.email };
      }
      const fresh = buildContact(draft, settings, options.manual ?? false);
      const id = (await db.contacts.add(fresh as Contact)) as number;
      await recordHistory(db, id, draft.source.method === 'import' ? 'imported' : 'captured', undefined, draft.source.where);
      return { outcome: 'created', contact: { ...fresh, id } };
    }
    const { patch, changes, conflicts } = mergeDraft(existing, draft, policy);
    const now = Date.now();
    // Seeing the prospect again is activity, even when nothing changed.
    const touched: Partial<Contact> = { ...patch, lastActivityAt: now };
    if (Object.keys(changes).length) {
      touched.updatedAt = now;
      touched.searchWords = searchWordsOf({ ...existing, ...patch });
    }
    await db.contacts.update(existing.id, touched);
    await recordHistory(db, existing.id, draft.source.method === 'import' ? 'imported' : 'recaptured', changes, draft.source.where, now);
    const contact = { ...existing, ...touched };
    return { outcome: Object.keys(changes).length ? 'updated' : 'unchanged', contact, changes, conflicts };
  });
}

/** A user's edit: validated, recorded, and remembered as user-typed. */
export async function updateContact(id: number, input: ContactPatch, origin = 'manual'): Promise<Contact> {
  const patch = ContactPatchSchema.parse(input);
  const db = getDb();
  try {
    return await db.transaction('rw', [db.contacts, db.history], async () => {
      const existing = await db.contacts.get(id);
      if (!existing) throw new ContactError('not_found');
      const changes: FieldChanges = {};
      const next: Contact = { ...existing };
      for (const [field, value] of Object.entries(patch) as Array<[keyof Contact, unknown]>) {
        if (value === undefined) continue;
        const normalized = value === '' ? undefined : value;
        if (JSON.stringify(existing[field]) === JSON.stringify(normalized)) continue;
        changes[field] = [existing[field], normalized];
        (next as Record<string, unknown>)[field] = normalized;
      }
      if (!Object.keys(changes).length) return existing;
      next.editedFields = [...new Set([...existing.editedFields, ...Object.keys(changes)])];
      next.searchWords = searchWordsOf(next);
      next.updatedAt = Date.now();
      await db.contacts.put(next);
      const { stage, status, ...rest } = changes;
      if (stage) await recordHistory(db, id, 'stage', { stage }, origin);
      if (status) await recordHistory(db, id, 'status', { status }, origin);
      if (Object.keys(rest).length) await recordHistory(db, id, 'edited', rest, origin);
      return next;
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'ConstraintError') throw new ContactError('duplicate_email');
    throw error;
  }
}

/** Delete contacts and their history together. */
export async function deleteContacts(ids: number[]): Promise<number> {
  const db = getDb();
  return db.transaction('rw', [db.contacts, db.history], async () => {
    await db.history.where('contactId').anyOf(ids).delete();
    const before = await db.contacts.where('id').anyOf(ids).count();
    await db.contacts.bulkDelete(ids);
    return before;
  });
}

export function getContact(id: number): Promise<Contact | undefined> {
  return getDb().contacts.get(id);
}

export function findByEmail(email: string): Promise<Contact | undefined> {
  return getDb().contacts.where('email').equals(email.trim().toLowerCase()).first();
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
