import Dexie from 'dexie';
import { getDb, type FluenzrDatabase } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { emailHash } from '../gdpr/hash';
import { ContactDraftSchema, PLAN_LIMITS, type Contact, type ContactDraft, type HistoryEntry, type Settings, type ValidContactDraft } from '../model';
import { historyEntry } from './history';
import { mergeDraft, type MergePolicy } from './merge';
import { countLiveContacts } from './plan';
import { buildContact, zodProblems } from './repository';

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
  cancelled: boolean;
}

type Valid = { draft: ValidContactDraft; line: number; hash?: string };

export async function bulkUpsert(items: BulkItem[], options: BulkOptions): Promise<BulkReport> {
  const db = getDb();
  const report: BulkReport = { created: 0, updated: 0, unchanged: 0, invalid: [], suppressed: [], overLimit: [], cancelled: false };
  const size = options.chunkSize ?? 2000;
  // Hashing every email costs time: only when there is a suppression list to check.
  const checkSuppression = (await db.suppression.count()) > 0;
  const limit = PLAN_LIMITS[options.settings.plan];
  let used = limit === null ? 0 : await countLiveContacts(db, limit);
  // Emails already in the base, read once with a key cursor: chunks look up only these.
  const known = new Set((await db.contacts.orderBy('email').keys()) as string[]);
  const seen = new Set<string>();
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
    if (checkSuppression) {
      await Promise.all(valid.map(async (v) => (known.has(v.draft.email) ? undefined : (v.hash = await emailHash(v.draft.email)))));
    }
    const room = limit === null ? Infinity : limit - used;
    let outcome: ChunkOutcome;
    try {
      outcome = await writeChunk(db, valid, known, options, room);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      // Someone (a capture) added one of these emails meanwhile: the chunk was
      // rolled back; do it again looking every email up.
      for (const v of valid) known.add(v.draft.email);
      outcome = await writeChunk(db, valid, known, options, room);
    }
    if (!options.dryRun) for (const email of outcome.createdEmails) known.add(email);
    report.created += outcome.created;
    report.updated += outcome.updated;
    report.unchanged += outcome.unchanged;
    report.suppressed.push(...outcome.suppressed);
    report.overLimit.push(...outcome.overLimit);
    used += outcome.created;
    options.onProgress?.(Math.min(items.length, start + size), items.length);
  }
  return report;
}

interface ChunkOutcome {
  created: number;
  updated: number;
  unchanged: number;
  createdEmails: string[];
  suppressed: BulkReport['suppressed'];
  overLimit: BulkReport['overLimit'];
}

/** One chunk in one transaction: all of its contacts are written, or none. */
async function writeChunk(db: FluenzrDatabase, chunk: Valid[], known: Set<string>, options: BulkOptions, room: number): Promise<ChunkOutcome> {
  const tables = [db.contacts, db.history, db.suppression, db.imports];
  return db.transaction(options.dryRun ? 'r' : 'rw', tables, async () => {
    const existing = await byEmail(chunk.flatMap((c) => (known.has(c.draft.email) ? [c.draft.email] : [])));
    const hashes = chunk.flatMap((c) => (c.hash && !existing.has(c.draft.email) ? [c.hash] : []));
    const blocked = new Set((await db.suppression.bulkGet(hashes)).flatMap((row) => (row ? [row.hash] : [])));
    if (!options.dryRun && room !== Infinity) room = Math.min(room, roomNow(await countLiveContacts(db, PLAN_LIMITS[options.settings.plan]!), options.settings));
    const now = Date.now();
    const fresh: Contact[] = [];
    const changed: Contact[] = [];
    const history: Array<Omit<HistoryEntry, 'id'>> = [];
    const out: ChunkOutcome = { created: 0, updated: 0, unchanged: 0, createdEmails: [], suppressed: [], overLimit: [] };
    for (const { draft, line, hash } of chunk) {
      const current = existing.get(draft.email);
      if (current) {
        const { patch, changes } = mergeDraft(current, draft, options.policy);
        const hasChanges = Object.keys(changes).length > 0;
        out[hasChanges ? 'updated' : 'unchanged']++;
        if (options.policy === 'skip') continue;
        // Seeing the prospect again is activity, even when nothing changed (as upsertByEmail).
        const next: Contact = { ...current, ...patch, lastActivityAt: now };
        if (hasChanges) Object.assign(next, { updatedAt: now, searchWords: searchWordsOf(next) });
        changed.push(next);
        history.push(historyEntry(current.id, 'imported', changes, options.origin, now));
      } else if (hash && blocked.has(hash)) {
        out.suppressed.push({ line, email: draft.email });
      } else if (room <= 0) {
        out.overLimit.push({ line, email: draft.email });
      } else {
        room--;
        out.created++;
        out.createdEmails.push(draft.email);
        fresh.push(buildContact(draft, options.settings, false, now) as Contact);
      }
    }
    if (!options.dryRun) {
      const ids = (await db.contacts.bulkAdd(fresh, { allKeys: true })) as number[];
      for (const id of ids) history.push(historyEntry(id, 'imported', undefined, options.origin, now));
      if (changed.length) await db.contacts.bulkPut(changed);
      await db.history.bulkAdd(history as HistoryEntry[]);
      if (options.runId !== undefined) {
        await db.imports.where('id').equals(options.runId).modify((run) => {
          run.created += out.created;
          run.updated += out.updated;
          run.skipped += out.unchanged;
        });
      }
    }
    return out;
  });
}

function roomNow(used: number, settings: Settings): number {
  const limit = PLAN_LIMITS[settings.plan];
  return limit === null ? Infinity : Math.max(0, limit - used);
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
