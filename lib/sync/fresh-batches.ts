import type { LocalPouch, SyncDoc } from './pouch';

/**
 * Documents the replicator wrote into the local PouchDB that were new there,
 * kept in memory so that apply.ts takes them as they are instead of reading
 * them back from the changes feed (README "Team", speed: a first sync of a
 * new profile otherwise reads every document it has just written). Only a
 * write that is unambiguous is kept: every document in it new to this
 * database (so its one revision is the winner, with no conflict) and once
 * in it, and the sequence grown by exactly its size (nothing else written
 * in between), so `since` → `after` holds these documents and nothing else.
 * Anything else, and any batch this page did not see (another page, a
 * restarted worker), goes through the changes feed as before: this is only
 * a shortcut, nothing depends on it.
 */
export interface FreshBatch {
  since: number;
  after: number;
  docs: SyncDoc[];
}

interface Kept {
  batches: FreshBatch[];
  /** Wakes a replicator write waiting for room (live sync). */
  wake?: () => void;
  /** A write of new documents under way, from this sequence: an apply starting there waits for it rather than reading it back. */
  writing?: { since: number; done: Promise<void> };
}

const state = new WeakMap<LocalPouch, Kept>();
/** How many unapplied batches are kept (the replicator runs a few ahead of the apply); older ones go to the feed. */
const KEPT = 8;
/** Live sync: how long the replicator's next write waits for the apply to take a batch before the oldest is dropped anyway. */
const WAIT_MS = 30_000;

/** Until fewer than KEPT batches wait (or WAIT_MS passed: the feed takes over, nothing is lost). */
async function room(kept: Kept): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (kept.batches.length >= KEPT && Date.now() < end) {
    await new Promise<void>((resolve) => {
      kept.wake = resolve;
      setTimeout(resolve, 1_000);
    });
  }
}

async function updateSeq(pouch: LocalPouch): Promise<unknown> {
  return (await pouch.info()).update_seq;
}

/**
 * Watch the replicator's writes into `pouch` (idempotent). `waitForApply`
 * (live sync, whose apply runs beside the replicator): a write waits while
 * KEPT batches are unapplied, so a replicator faster than the apply does not
 * push kept batches out to be read back. A round pulls everything before it
 * applies: it must not wait.
 */
export function keepFreshBatches(pouch: LocalPouch, options: { waitForApply?: boolean } = {}): void {
  if (state.has(pouch)) return;
  const box: Kept = { batches: [] };
  const kept = box.batches;
  state.set(pouch, box);
  const original = pouch.bulkDocs.bind(pouch) as (...args: unknown[]) => Promise<unknown[]>;
  const wrapped = (...args: unknown[]): Promise<unknown[]> => {
    const [req, opts] = args;
    const docs = (Array.isArray(req) ? req : (req as { docs?: SyncDoc[] }).docs) as SyncDoc[] | undefined;
    const newEdits = Array.isArray(req) ? (opts as { new_edits?: boolean } | undefined)?.new_edits : (req as { new_edits?: boolean }).new_edits;
    // Only the replicator writes with new_edits false (and with a promise); PouchDB's own calls (put, with a callback) pass as they are.
    if (newEdits !== false || !docs?.length || args.some((a) => typeof a === 'function')) return original(...args);
    return replicated(docs, req, opts);
  };
  const replicated = async (docs: SyncDoc[], req: unknown, opts: unknown): Promise<unknown[]> => {
    if (options.waitForApply) await room(box);
    const ids = docs.map((d) => d._id);
    const unique = new Set(ids).size === ids.length;
    const seen = unique ? await pouch.allDocs({ keys: ids }) : undefined;
    const allNew = !!seen && seen.rows.every((row) => 'error' in row && row.error === 'not_found');
    const since = allNew ? await updateSeq(pouch) : undefined;
    let finished = () => {};
    const writing = typeof since === 'number' ? { since, done: new Promise<void>((resolve) => (finished = resolve)) } : undefined;
    if (writing) box.writing = writing;
    try {
      const results = await original(req, opts);
      if (writing && results.every((r) => !(r as { error?: unknown }).error)) {
        const after = await updateSeq(pouch);
        if (typeof after === 'number' && after - writing.since === docs.length) {
          kept.push({ since: writing.since, after, docs });
          if (kept.length > KEPT) kept.shift();
        }
      }
      return results;
    } finally {
      if (box.writing === writing) box.writing = undefined;
      finished();
    }
  };
  pouch.bulkDocs = wrapped as unknown as typeof pouch.bulkDocs;
}

/** The kept batch that starts right at `since` (the applied sequence), taken out; older ones are dropped. */
export async function takeFreshBatch(pouch: LocalPouch, since: unknown): Promise<FreshBatch | undefined> {
  const box = state.get(pouch);
  if (!box || typeof since !== 'number') return undefined;
  if (box.writing?.since === since) await box.writing.done;
  const kept = box.batches;
  while (kept.length && kept[0]!.since < since) kept.shift();
  const batch = kept[0]?.since === since ? kept.shift() : undefined;
  box.wake?.();
  return batch;
}
