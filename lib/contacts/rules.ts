import type { FluenzrDatabase } from '../db/database';
import { PLAN_LIMITS, type Contact, type Consent, type NewContact, type Plan } from '../model';
import { countByArchived } from './counts';
import { ContactError } from './errors';
import type { FieldChanges } from './merge';
import { needsNewConsent } from './status';

/**
 * The contact base's rules, each in one place. The write pipeline
 * (pipeline.ts) calls them, in order, for every write on every path;
 * tests/unit/contacts/rules-by-path.test.ts runs every path through each.
 */

/** One write a path proposes: the contact before (none: a new one) and after. */
export interface Proposal {
  before?: Contact;
  after: Contact | NewContact;
  kind: import('../model').HistoryEntry['kind'];
  changes?: FieldChanges;
  /**
   * The address arrives from outside (capture, import, restore): it is checked
   * against the suppression list even when the contact is on file.
   */
  entering?: boolean;
  /** The user confirmed the person agreed again (how, in the note). */
  newConsent?: { note?: string };
  /** The caller's reference (an import line), handed back with a refusal. */
  ref?: number;
  /**
   * An undo putting back, moments later, exactly what the user's own action
   * replaced (lib/contacts/undo.ts): a correction, not a reopening.
   */
  correction?: boolean;
}

/** Rule 2, suppression: which writes must not meet a suppressed address. */
export function checksSuppression(p: Proposal): boolean {
  return !p.before || p.entering === true || p.before.email !== p.after.email;
}

/** What a path does with a status change that needs a consent it was not given. */
export type ConsentMode =
  /** An interactive edit: refuse it (ContactError 'consent_required'), the UI asks for the consent. */
  | 'refuse'
  /** Bulk actions, imports, captures: the status stays, the other changes apply. */
  | 'keep-status';

/**
 * Rule 3, consent: leaving Unsubscribed for Active or Replied needs a
 * recorded new consent, which becomes the contact's legal basis. Returns
 * false when the status was kept (the caller reports it).
 */
export function applyConsentRule(p: Proposal, mode: ConsentMode, now: number): boolean {
  // A new contact comes with its own legal basis: only a change of status can reopen campaigns.
  if (!p.before || !needsNewConsent(p.before.status, p.after.status)) return true;
  // Undoing an unsubscribe the user set by mistake seconds ago (and nobody changed since) restores
  // the consent on file as it was: the person never asked, so there is nothing new to record.
  if (p.correction) return true;
  if (p.newConsent) {
    const consent: Consent = { basis: 'consent', at: now, ...(p.newConsent.note?.trim() ? { note: p.newConsent.note.trim() } : {}) };
    p.changes = { ...p.changes, consent: [p.before.consent, consent] };
    p.after = { ...p.after, consent };
    return true;
  }
  if (mode === 'refuse') throw new ContactError('consent_required');
  p.after = { ...p.after, status: p.before.status };
  if (p.changes) {
    const { status: _kept, ...rest } = p.changes;
    p.changes = rest;
  }
  return false;
}

/** Rule 4, plan: does this write add one to the live contacts the plan counts? */
export function addsLiveContact(p: Proposal): boolean {
  return p.after.archived === 0 && (!p.before || p.before.archived !== 0);
}

/**
 * Rule 4, plan: how many more live contacts the plan accepts, read from the
 * maintained counter inside the write transaction (which names the counters
 * table), so two concurrent writers cannot both take the last places.
 */
export async function planRoom(db: FluenzrDatabase, plan: Plan): Promise<number> {
  const limit = PLAN_LIMITS[plan];
  if (limit === null) return Infinity;
  return Math.max(0, limit - (await countByArchived(db, 0)));
}

/** Rule 8, suppression side effects: what the suppression list must say after this write. */
export function suppressionEffect(p: Proposal): 'unsubscribed' | 'lift' | null {
  if (p.after.status === 'Unsubscribed' && (p.before?.status !== 'Unsubscribed' || p.entering || p.before.email !== p.after.email)) return 'unsubscribed';
  if (p.before && needsNewConsent(p.before.status, p.after.status)) return 'lift';
  return null;
}
