import { getDb } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { emailHash } from '../gdpr/hash';
import { suppress } from '../gdpr/suppression';
import { getSettings } from '../settings/store';
import {
  ContactDraftSchema,
  ContactPatchSchema,
  EDITABLE_FIELDS,
  normalizeEmail,
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
import { needsNewConsent } from './status';

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
    // An erased or unsubscribed address is never captured or imported again,
    // not even as a refresh of a contact still on file.
    const suppressed = await db.suppression.get(hash);
    if (suppressed) return { outcome: 'refused', reason: 'suppressed', email: draft.email, suppressedAs: suppressed.reason };
    if (!existing) {
      const limit = PLAN_LIMITS[settings.plan];
      if (limit !== null && (await countLiveContacts(db, limit)) >= limit) {
        return { outcome: 'refused', reason: 'plan_limit', email: draft.email };
      }
      const fresh = buildContact(draft, settings, options.manual ?? false);
      const id = (await db.contacts.add(fresh as Contact)) as number;
      await recordHistory(db, id, draft.source.method === 'import' ? 'imported' : 'captured', undefined, draft.source.where);
      if (fresh.status === 'Unsubscribed') await suppress(db, hash, 'unsubscribed');
      return { outcome: 'created', contact: { ...fresh, id } };
    }
    const { patch, changes, conflicts } = mergeDraft(existing, draft, policy);
    // Even an overwrite cannot reopen an unsubscribed contact: that needs new consent.
    if (patch.status && needsNewConsent(existing.status, patch.status)) {
      conflicts.status = changes.status!;
      delete patch.status;
      delete changes.status;
    }
    const now = Date.now();
    // Seeing the prospect again is activity, even when nothing changed.
    const touched: Partial<Contact> = { ...patch, lastActivityAt: now };
    if (Object.keys(changes).length) {
      touched.updatedAt = now;
      touched.searchWords = searchWordsOf({ ...existing, ...patch });
    }
    await db.contacts.update(existing.id, touched);
    await recordHistory(db, existing.id, draft.source.method === 'import' ? 'imported' : 'recaptured', changes, draft.source.where, now);
    if (patch.status === 'Unsubscribed') await suppress(db, hash, 'unsubscribed', now);
    const contact = { ...existing, ...touched };
    return { outcome: Object.keys(changes).length ? 'updated' : 'unchanged', contact, changes, conflicts };
  });
}

export interface UpdateOptions {
  /**
   * The user confirms the person agreed again (required to move an
   * Unsubscribed contact back to a status that allows campaigns).
   */
  newConsent?: { note?: string };
}

/**
 * A user's edit: validated, recorded, and remembered as user-typed. Status
 * rules: leaving Unsubscribed for Active/Replied needs `newConsent` (recorded as
 * the contact's consent, and the unsubscribe is lifted from the suppression
 * list); becoming Unsubscribed puts the email's hash on the suppression list.
 */
export async function updateContact(id: number, input: ContactPatch, origin = 'manual', options: UpdateOptions = {}): Promise<Contact> {
  const patch = ContactPatchSchema.parse(input);
  const db = getDb();
  // Hashes are computed before the transaction: IndexedDB commits a
  // transaction that waits on anything but its own requests.
  const before = await db.contacts.get(id);
  if (!before) throw new ContactError('not_found');
  const hashes = new Map<string, string>();
  for (const email of [before.email, patch.email]) if (email) hashes.set(email, await emailHash(email));
  try {
    return await db.transaction('rw', [db.contacts, db.history, db.suppression], async () => {
      const existing = await db.contacts.get(id);
      if (!existing) throw new ContactError('not_found');
      if (existing.email !== before.email) throw new ContactError('invalid', 'concurrent_edit');
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
      await applyStatusRules(db, existing, next, changes, hashes, options);
      next.editedFields = [...new Set([...existing.editedFields, ...Object.keys(changes).filter((f) => f !== 'consent')])];
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

async function applyStatusRules(
  db: ReturnType<typeof getDb>,
  existing: Contact,
  next: Contact,
  changes: FieldChanges,
  hashes: Map<string, string>,
  options: UpdateOptions,
): Promise<void> {
  const now = Date.now();
  const nextHash = hashes.get(next.email)!;
  if (changes.email && (await db.suppression.get(nextHash))) throw new ContactError('suppressed');
  if (changes.status && needsNewConsent(existing.status, next.status)) {
    if (!options.newConsent) throw new ContactError('consent_required');
    const consent = { basis: 'consent' as const, note: options.newConsent.note?.trim() || undefined, at: now };
    changes.consent = [existing.consent, consent];
    next.consent = consent;
    const lifted = await db.suppression.get(hashes.get(existing.email)!);
    if (lifted?.reason === 'erased') throw new ContactError('erased_permanent');
    if (lifted) await db.suppression.delete(lifted.hash);
  }
  if (next.status === 'Unsubscribed') await suppress(db, nextHash, 'unsubscribed', now);
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
