import Dexie from 'dexie';
import { getDb } from '../db/database';
import { ContactDraftSchema, type Contact, type ContactDraft, type Settings, type ValidContactDraft } from '../model';
import { HashBook } from './hashes';
import type { MergePolicy } from './merge';
import { commit, runWrite, suppressionInUse, type Proposal } from './pipeline';
import { suppressionEffect } from './rules';
import { buildContact, mergeProposal, zodProblems } from './repository';

/**
 * upsertByEmail for many drafts at once (CSV import): the same validation,
 * merge policy, suppression list, plan limit and 'imported' history, written
 * in chunks of whole contacts, each chunk one transaction (all or nothing).
 */
export interface BulkItem {
  draft: ContactDraft;
  /** The file's line, for the report. */
  line: number;
}

export interface BulkOptions {
  policy: Extract<MergePolicy, 'skip' | 'fill' | 'overwrite'>;
  settings: Settings;
  /** History origin (the file name). */
  origin: string;
  /** Count what would happen, write nothing. */
  dryRun?: boolean;
  chunkSize?: number;
  /** The `imports` row kept up to date after each chunk. */
  runId?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface BulkReport {
  created: number;
  updated: number;
  /** Already in the base and left as they were (policy, or nothing new). */
  unchanged: number;
  invalid: Array<{ line: number; email: string; problem: string }>;
  suppressed: Array<{ line: number; email: string }>;
  overLimit: Array<{ line: number; email: string }>;
  /** Unsubscribed contacts whose status the file would reopen: kept, that needs a recorded new consent. */
  needConsent: Array<{ line: number; email: string }>;
  cancelled: boolean;
}

type Valid = { draft: ValidContactDraft; line: number };

export async function bulkUpsert(items: BulkItem[], options: BulkOptions): Promise<BulkReport> {
  const db = getDb();
  const report: BulkReport = { created: 0, updated: 0, unchanged: 0, invalid: [], suppressed: [], overLimit: [], needConsent: [], cancelled: false };
  const size = options.chunkSize ?? 2000;
  const hashes = new HashBook();
  // Emails already in the base, read once with a key cursor: chunks look up only these.
  const known = new Set((await db.contacts.orderBy('email').keys()) as string[]);
  const seen = new Set<string>();
  // Suppression rows committed by earlier chunks (their unsubscribed contacts): emails of this
  // file, which later rows cannot repeat, so they block none of them (pipeline.ts, ownSuppression).
  const own = new Set<string>();
  let plannedLive = 0;
  for (let start = 0; start < items.length; start += size) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const valid: Valid[] = [];
    for (const item of items.slice(start, start + size)) {
      const parsed = ContactDraftSchema.safeParse(item.draft);
      if (!parsed.success) {
        report.invalid.push({ line: item.line, email: String(item.draft.email), problem: zodProblems(parsed.error)[0]?.problem ?? 'invalid' });
      } else if (seen.has(parsed.data.email)) {
        report.invalid.push({ line: item.line, email: parsed.data.email, problem: 'duplicate_email' });
      } else {
        seen.add(parsed.data.email);
        valid.push({ draft: parsed.data, line: item.line });
      }
    }
    // Hashed ahead, so the chunk's transaction needs no second run: every email when the list
    // holds anything but this run's own unsubscribes (suppression check), else only those the
    // import unsubscribes (a dry run writes no side effects, so it needs none of those).
    const checking = await suppressionInUse(db, own);
    await hashes.add(valid.flatMap((v) => (checking || (!options.dryRun && v.draft.status === 'Unsubscribed') ? [v.draft.email] : [])));
    let outcome: ChunkOutcome;
    try {
      outcome = await writeChunk(valid, known, hashes, options, plannedLive, own);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      // Someone (a capture) added one of these emails meanwhile: the chunk was
      // rolled back; do it again looking every email up.
      for (const v of valid) known.add(v.draft.email);
      outcome = await writeChunk(valid, known, hashes, options, plannedLive, own);
    }
    if (!options.dryRun) for (const email of outcome.createdEmails) known.add(email);
    else plannedLive += outcome.created;
    for (const email of outcome.unsubscribedEmails) own.add(hashes.of(email));
    report.created += outcome.created;
    report.updated += outcome.updated;
    report.unchanged += outcome.unchanged;
    report.suppressed.push(...outcome.suppressed);
    report.overLimit.push(...outcome.overLimit);
    report.needConsent.push(...outcome.needConsent);
    options.onProgress?.(Math.min(items.length, start + size), items.length);
  }
  return report;
}

interface ChunkOutcome {
  created: number;
  updated: number;
  unchanged: number;
  createdEmails: string[];
  /** Written with the 'unsubscribed' side effect (their suppression rows are this run's own). */
  unsubscribedEmails: string[];
  suppressed: BulkReport['suppressed'];
  overLimit: BulkReport['overLimit'];
  needConsent: BulkReport['needConsent'];
}

/**
 * One chunk in one transaction, through the write pipeline: all of its
 * contacts are written, or none. A dry run decides the same way and writes nothing.
 */
async function writeChunk(chunk: Valid[], known: Set<string>, hashes: HashBook, options: BulkOptions, plannedLive: number, own: ReadonlySet<string>): Promise<ChunkOutcome> {
  return runWrite(
    async (db) => {
      const existing = await byEmail(chunk.flatMap((c) => (known.has(c.draft.email) ? [c.draft.email] : [])));
      const now = Date.now();
      const out: ChunkOutcome = { created: 0, updated: 0, unchanged: 0, createdEmails: [], unsubscribedEmails: [], suppressed: [], overLimit: [], needConsent: [] };
      const proposals: Proposal[] = [];
      for (const { draft, line } of chunk) {
        const current = existing.get(draft.email);
        const proposal = current
          ? mergeProposal(current, draft, options.policy, now)
          : { after: buildContact(draft, options.settings, false, now), kind: 'imported' as const, entering: true };
        // 'skip' leaves a contact on file as it is, not even its last activity.
        if (current && options.policy === 'skip') {
          out.unchanged++;
          continue;
        }
        proposals.push({ ...proposal, ref: line });
      }
      const result = await commit(db, proposals, { hashes, origin: options.origin, consent: 'keep-status', room: 'partial', dryRun: options.dryRun, plannedLive, ownSuppression: own, now });
      for (const { proposal, reason } of result.refused) {
        out[reason === 'suppressed' ? 'suppressed' : 'overLimit'].push({ line: proposal.ref!, email: proposal.after.email });
      }
      for (const proposal of result.consentKept) out.needConsent.push({ line: proposal.ref!, email: proposal.after.email });
      for (const { proposal } of result.written) {
        if (!options.dryRun && suppressionEffect(proposal) === 'unsubscribed') out.unsubscribedEmails.push(proposal.after.email);
        if (!proposal.before) {
          out.created++;
          out.createdEmails.push(proposal.after.email);
        } else out[Object.keys(proposal.changes ?? {}).length ? 'updated' : 'unchanged']++;
      }
      if (!options.dryRun && options.runId !== undefined) {
        await db.imports.where('id').equals(options.runId).modify((run) => {
          run.created += out.created;
          run.updated += out.updated;
          run.skipped += out.unchanged;
        });
      }
      return out;
    },
    [getDb().imports],
    options.dryRun ? 'r' : 'rw',
  );
}

/**
 * Existing contacts by email, inside the current transaction. One native
 * index.get per email, all in flight at once: Dexie's anyOf hops a cursor
 * key by key (a round trip each, slower as the table grows) and a Dexie query
 * per email costs more than the lookup itself.
 */
function byEmail(emails: string[]): Promise<Map<string, Contact>> {
  const transaction = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans;
  const index = transaction.objectStore('contacts').index('email');
  const found = new Map<string, Contact>();
  return new Dexie.Promise((resolve, reject) => {
    let pending = emails.length;
    if (!pending) resolve(found);
    for (const email of emails) {
      const request = index.get(email);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        if (request.result) found.set(email, request.result as Contact);
        if (--pending === 0) resolve(found);
      };
    }
  });
}
