import type { FluenzrDatabase } from '../db/database';
import { applyPulled, type ApplyReport } from './apply';
import { mirrorOutbox, type Replica } from './mirror';
import { REPLICATION, type LocalPouch } from './pouch';
import { timed } from './timings';
import { keepFreshBatches } from './fresh-batches';

export interface RoundReport extends ApplyReport {
  pushed: number;
  pulled: number;
}

/**
 * One sync round, every step resumable: outbox → local PouchDB → server
 * (PouchDB's replicator, from its checkpoints) → local PouchDB → Dexie.
 * Merges and deletions decided while applying go up in the same round.
 * Nothing is kept in memory between rounds: the outbox, the checkpoints
 * and the applied sequence are all stored.
 */
export async function syncRound(db: FluenzrDatabase, local: LocalPouch, remote: LocalPouch, replica: Replica): Promise<RoundReport> {
  keepFreshBatches(local);
  await timed('round.mirror', () => mirrorOutbox(db, local, replica), (n) => n);
  const up = await timed('round.push', () => local.replicate.to(remote, REPLICATION), (r) => r.docs_written);
  const down = await timed('round.pull', () => local.replicate.from(remote, REPLICATION), (r) => r.docs_written);
  const applied = await timed('round.apply', () => applyPulled(db, local, replica), (r) => r.applied);
  let pushed = up.docs_written;
  if ((await mirrorOutbox(db, local, replica)) || applied.refused || down.docs_written) {
    pushed += (await local.replicate.to(remote, REPLICATION)).docs_written;
  }
  return { ...applied, pushed, pulled: down.docs_written };
}
