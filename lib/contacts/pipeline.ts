import type { Table } from 'dexie';
import { getDb, type FluenzrDatabase } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { suppress } from '../gdpr/suppression';
import type { Contact, HistoryEntry, NewContact, Suppression } from '../model';
import { getSettings } from '../settings/store';
import { ContactError } from './errors';
import { HashBook, NeedHashes } from './hashes';
import { historyEntry } from './history';
import { addsLiveContact, applyConsentRule, checksSuppression, planRoom, suppressionEffect, type ConsentMode, type Proposal } from './rules';

export type { Proposal } from './rules';

/**
 * The one writer of contacts. Every path (capture, manual add, edit, bulk
 * action, import chunk, restore, archive, erase, unsubscribe, automatic
 * statuses, "To complete") builds Proposals (its merge rules decide the
 * contact after) and hands them to `commit`, inside `runWrite`'s transaction:
 *   1. validate (the path's zod schema, before the transaction)
 *   2. suppression  3. consent  4. plan room  5. merge (in the proposal)
 *   6. apply  7. history  8. suppression side effects.
 */

export interface CommitOptions {
  hashes: HashBook;
  /** History origin (a page URL, a file name, "manual", "board"). */
  origin?: string;
  consent: ConsentMode;
  /** Beyond the plan: refuse the whole write (ContactError 'plan_limit'), or refuse the extra contacts one by one (import). */
  room: 'refuse' | 'partial';
  /** False: the caller writes the history itself (a restore brings each contact's own). */
  history?: boolean;
  /** Decide and report, write nothing (the import's dry run). */
  dryRun?: boolean;
  /** A dry run's earlier chunks: live contacts they would have added, which the counter does not hold. */
  plannedLive?: number;
  /**
   * Suppression rows this caller committed itself, for addresses it already
   * wrote (an import's earlier unsubscribed contacts). They cannot block its
   * other, distinct addresses, so alone they do not make every email need a hash.
   */
  ownSuppression?: ReadonlySet<string>;
  /**
   * A change made on another machine of the team (lib/sync/apply.ts), which
   * ran the consent and plan rules there: here it meets the suppression rule
   * only (an address erased here is refused), and the outbox does not send it back.
   */
  pulled?: boolean;
  now?: number;
}

export interface Refusal {
  proposal: Proposal;
  reason: 'suppressed' | 'plan_limit';
  suppressedAs?: Suppression['reason'];
}

export interface CommitResult {
  /** Written (or, in a dry run, that would be): the contact as stored, and its (last) history entry. */
  written: Array<{ proposal: Proposal; contact: Contact; historyId?: number }>;
  refused: Refusal[];
  /** Status changes that needed a new consent and were kept as they were. */
  consentKept: Proposal[];
}

/** Tables every contact write may touch; the counters so the plan check reads the maintained count; notes go with their contact. */
export function writeTables(db: FluenzrDatabase): Table[] {
  return [db.contacts, db.history, db.suppression, db.counters, db.kv, db.notes];
}

/**
 * One read-write transaction over the contact tables (and `extra`), in which
 * `body` calls commit. Hashes missing when the body needs them abort it before
 * any write; they are computed and the body runs again.
 */
export async function runWrite<T>(body: (db: FluenzrDatabase) => Promise<T>, extra: Table[] = [], mode: 'rw' | 'r' = 'rw'): Promise<T> {
  const db = getDb();
  const tables = [...writeTables(db), ...extra];
  for (;;) {
    try {
      // An async scope function on purpose: Dexie keeps its zone across native awaits only for those.
      return await db.transaction(mode, tables, async () => body(db));
    } catch (error) {
      // Each new try knows more hashes, so this ends; one that learns nothing would loop.
      if (!(error instanceof NeedHashes) || !(await error.book.add(error.emails))) throw error;
    }
  }
}

/** Run `proposals` through every rule and write what passes. Call inside runWrite. */
export async function commit(db: FluenzrDatabase, proposals: Proposal[], options: CommitOptions): Promise<CommitResult> {
  const now = options.now ?? Date.now();
  const result: CommitResult = { written: [], refused: [], consentKept: [] };
  const { hashes } = options;

  // 2. Suppression, re-read inside the transaction: an erasure committed a moment ago counts.
  // Every address of the person counts: an erased person does not come back under their other address.
  const checked = proposals.filter(checksSuppression);
  let blocked = new Map<string, Suppression>();
  if (checked.length && (await suppressionInUse(db, options.ownSuppression))) {
    const emails = checked.flatMap(addressesOf);
    hashes.require(emails);
    const rows = await db.suppression.bulkGet(emails.map((email) => hashes.of(email)));
    blocked = new Map(rows.flatMap((row) => (row ? [[row.hash, row]] : [])));
  }
  // 3. Consent; then the hashes the side effects need, before anything is written.
  let kept: Proposal[] = [];
  for (const p of proposals) {
    const row = checksSuppression(p) ? firstBlocked(addressesOf(p), blocked, hashes) : undefined;
    if (row) {
      result.refused.push({ proposal: p, reason: 'suppressed', suppressedAs: row.reason });
      continue;
    }
    if (!options.pulled && !applyConsentRule(p, options.consent, now)) {
      result.consentKept.push(p);
      if (p.before && !Object.keys(p.changes ?? {}).length && p.kind !== 'archived' && p.kind !== 'unarchived') continue;
    }
    kept.push(p);
  }
  if (!options.dryRun) {
    const effects = kept.map(suppressionEffect);
    hashes.require(kept.flatMap((p, i) => (effects[i] === 'lift' ? [p.before!.email] : effects[i] ? [p.after.email] : [])));
  }

  // 4. Plan room, from the counter in this transaction.
  const adding = options.pulled ? 0 : kept.filter(addsLiveContact).length;
  if (adding) {
    let room = (await planRoom(db, (await getSettings()).plan)) - (options.plannedLive ?? 0);
    if (adding > room && options.room === 'refuse') throw new ContactError('plan_limit');
    kept = kept.filter((p) => {
      if (!addsLiveContact(p)) return true;
      if (room-- > 0) return true;
      result.refused.push({ proposal: p, reason: 'plan_limit' });
      return false;
    });
  }

  if (options.dryRun) {
    result.written = kept.map((proposal) => ({ proposal, contact: proposal.after as Contact }));
    return result;
  }
  // 6. Apply: derived fields follow the contact.
  const rows = kept.map((p) => finish(p, now));
  const fresh = rows.flatMap((row, i) => (kept[i]!.before ? [] : [row]));
  const ids = fresh.length ? ((await db.contacts.bulkAdd(fresh as Contact[], { allKeys: true })) as number[]) : [];
  const changed = rows.filter((_, i) => kept[i]!.before) as Contact[];
  if (changed.length) await db.contacts.bulkPut(changed);
  let next = 0;
  result.written = kept.map((proposal, i) => ({ proposal, contact: (proposal.before ? rows[i] : { ...rows[i], id: ids[next++] }) as Contact }));

  // 7. History.
  if (options.history !== false) {
    const entries = result.written.map(({ proposal, contact }) => historyOf(proposal, contact.id, options.origin, now));
    const keys = (await db.history.bulkAdd(entries.flat() as HistoryEntry[], { allKeys: true })) as number[];
    let at = 0;
    entries.forEach((list, i) => (result.written[i]!.historyId = keys[(at += list.length) - 1]));
  }

  // 8. Suppression side effects.
  const effects = kept.map(suppressionEffect);
  if (effects.includes('lift')) {
    // A lift can refuse the write (an erasure): row by row, in order.
    for (const [i, p] of kept.entries()) {
      if (effects[i] === 'unsubscribed') await suppress(db, hashes.of(p.after.email), 'unsubscribed', now);
      else if (effects[i] === 'lift') await liftUnsubscribe(db, hashes.of(p.before!.email));
    }
  } else await suppressAll(db, kept.flatMap((p, i) => (effects[i] === 'unsubscribed' ? [hashes.of(p.after.email)] : [])), now);
  // Team sync's outbox rows for these writes are added in this same transaction by lib/sync/outbox-middleware.ts.
  return result;
}

/** The person's addresses: the email, then any other ones. */
export function addressesOf(p: Pick<Proposal, 'after'>): string[] {
  return [p.after.email, ...(p.after.otherEmails ?? [])];
}

function firstBlocked(emails: string[], blocked: ReadonlyMap<string, Suppression>, hashes: HashBook): Suppression | undefined {
  for (const email of emails) {
    const row = blocked.get(hashes.peek(email) ?? '');
    if (row) return row;
  }
  return undefined;
}

/**
 * Remove contacts with their history and notes (a delete, an erasure), inside runWrite.
 * Returns the rows removed (the outbox middleware records their deletion in this transaction).
 */
export async function removeContacts(db: FluenzrDatabase, ids: number[]): Promise<Contact[]> {
  const rows = (await db.contacts.bulkGet(ids)).filter((c): c is Contact => !!c);
  await db.history.where('contactId').anyOf(ids).delete();
  await db.notes.where('contactId').anyOf(ids).delete();
  await db.contacts.bulkDelete(rows.map((r) => r.id));
  return rows;
}

/** A user's edit is told as its stage move, status change and other edits, each its own entry (the board and the undo read them). */
function historyOf(p: Proposal, contactId: number, origin: string | undefined, now: number): Array<Omit<HistoryEntry, 'id'>> {
  if (p.kind !== 'edited' || !p.changes) return [historyEntry(contactId, p.kind, p.changes, origin, now)];
  const { stage, status, ...rest } = p.changes;
  const entries = [];
  if (stage) entries.push(historyEntry(contactId, 'stage', { stage }, origin, now));
  if (status) entries.push(historyEntry(contactId, 'status', { status }, origin, now));
  if (Object.keys(rest).length || !entries.length) entries.push(historyEntry(contactId, 'edited', rest, origin, now));
  return entries;
}

/** The stored row: search words, sort keys and timestamps derived from the contact after. */
function finish(p: Proposal, now: number): Contact | NewContact {
  const after = { ...p.after };
  // A new contact comes built (buildContact, or a restore) with its search words.
  if (p.before && (Object.keys(p.changes ?? {}).length || p.kind === 'archived' || p.kind === 'unarchived')) {
    after.searchWords = searchWordsOf(after);
    after.updatedAt = Math.max(now, p.before.updatedAt + 1);
  }
  return after;
}

/**
 * suppress(…, 'unsubscribed') for many hashes with one bulkGet and one bulkPut:
 * an import of unsubscribed contacts otherwise waits on two requests per row.
 * As suppress: an erasure or an unsubscribe already listed stays as it is.
 */
async function suppressAll(db: FluenzrDatabase, hashes: string[], now: number): Promise<void> {
  if (!hashes.length) return;
  const unique = [...new Set(hashes)];
  const current = await db.suppression.bulkGet(unique);
  const rows = unique.flatMap((hash, i) => (current[i]?.reason === 'erased' || current[i]?.reason === 'unsubscribed' ? [] : [{ hash, reason: 'unsubscribed' as const, at: now }]));
  if (rows.length) await db.suppression.bulkPut(rows);
}

/** An unsubscribe lifted by a new consent; an erasure never is (lib/gdpr/suppression.ts says why). */
async function liftUnsubscribe(db: FluenzrDatabase, hash: string): Promise<void> {
  const row = await db.suppression.get(hash);
  if (row?.reason === 'erased') throw new ContactError('erased_permanent');
  if (row) await db.suppression.delete(hash);
}

/**
 * Hashing every email costs time: only when the suppression list holds anything
 * besides `own` (read in the transaction). Reading own.size + 1 keys is enough:
 * if any other row exists, at least one of them is among those.
 */
export async function suppressionInUse(db: FluenzrDatabase, own?: ReadonlySet<string>): Promise<boolean> {
  const keys = await db.suppression.toCollection().limit((own?.size ?? 0) + 1).primaryKeys();
  return keys.some((key) => !own?.has(key));
}
