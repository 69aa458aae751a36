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

export async function bulkUpsert(items: BulkItem[], options: BulkOptions): Promise<BulkReport> {
  const db = getDb();
  const report: BulkReport = { created: 0, updated: 0, unchanged: 0, invalid: [], suppressed: [], overLimit: [], cancelled: false };
  const size = options.chunkSize ?? 2000;
  // Hashing every email costs time: only when there is a suppression list to check.
  const checkSuppression = (await db.suppression.count()) > 0;
  const limit = PLAN_LIMITS[options.settings.plan];
  let used = limit === null ? 0 : await countLiveContacts(db);
  for (let start = 0; start < items.length; start += size) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const valid: Array<{ draft: ValidContactDraft; line: number; hash?: string }> = [];
    for (const item of items.slice(start, start + size)) {
      const parsed = ContactDraftSchema.safeParse(item.draft);
      if (parsed.success) valid.push({ draft: parsed.data, line: item.line });
      else report.invalid.push({ line: item.line, email: String(item.draft.email), problem: zodProblems(parsed.error)[0]?.problem ?? 'invalid' });
    }
    if (checkSuppression) await Promise.all(valid.map(async (v) => (v.hash = await emailHash(v.draft.email))));
    const counts = await writeChunk(db, valid, options, limit === null ? Infinity : limit - used, report);
    used += counts;
    options.onProgress?.(Math.min(items.length, start + size), items.length);
  }
  return report;
}

/** One chunk in one transaction; returns how many live contacts it created. */
async function writeChunk(
  db: FluenzrDatabase,
  chunk: Array<{ draft: ValidContactDraft; line: number; hash?: string }>,
  options: BulkOptions,
  room: number,
  report: BulkReport,
): Promise<number> {
  const tables = [db.contacts, db.history, db.suppression, db.imports];
  return db.transaction(options.dryRun ? 'r' : 'rw', tables, async () => {
    const emails = chunk.map((c) => c.draft.email);
    const existing = new Map((await db.contacts.where('email').anyOf(emails).toArray()).map((c) => [c.email, c]));
    const hashes = chunk.flatMap((c) => (c.hash && !existing.has(c.draft.email) ? [c.hash] : []));
    const blocked = new Set((await db.suppression.bulkGet(hashes)).flatMap((row) => (row ? [row.hash] : [])));
    if (!options.dryRun && room !== Infinity) room = Math.min(room, roomNow(await countLiveContacts(db), options.settings));
    const now = Date.now();
    const fresh: Contact[] = [];
    const changed: Contact[] = [];
    const history: Array<Omit<HistoryEntry, 'id'>> = [];
    const delta = { created: 0, updated: 0, unchanged: 0 };
    for (const { draft, line, hash } of chunk) {
      const current = existing.get(draft.email);
      if (current) {
        const { patch, changes } = mergeDraft(current, draft, options.policy);
        const hasChanges = Object.keys(changes).length > 0;
        delta[hasChanges ? 'updated' : 'unchanged']++;
        if (options.policy === 'skip') continue;
        const next: Contact = { ...current, ...patch, lastActivityAt: now };
        if (hasChanges) Object.assign(next, { updatedAt: now, searchWords: searchWordsOf(next) });
        changed.push(next);
        history.push(historyEntry(current.id, 'imported', changes, options.origin, now));
      } else if (hash && blocked.has(hash)) {
        report.suppressed.push({ line, email: draft.email });
      } else if (room <= 0) {
        report.overLimit.push({ line, email: draft.email });
      } else {
        room--;
        delta.created++;
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
          run.created += delta.created;
          run.updated += delta.updated;
          run.skipped += delta.unchanged;
        });
      }
    }
    report.created += delta.created;
    report.updated += delta.updated;
    report.unchanged += delta.unchanged;
    return delta.created;
  });
}

function roomNow(used: number, settings: Settings): number {
  const limit = PLAN_LIMITS[settings.plan];
  return limit === null ? Infinity : Math.max(0, limit - used);
}
