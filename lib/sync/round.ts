import type { FluenzrDatabase } from '../db/database';
import { applyPulled, type ApplyReport } from './apply';
import { mirrorOutbox, type Replica } from './mirror';
import type { LocalPouch } from './pouch';

export interface RoundReport extends ApplyReport {
  pushed: number;
  pulled: number;
}

const REPLICATION = { batch_size: 500, batches_limit: 4 } as const;

/**
 * One sync round, every step resumable: outbox → local PouchDB → server
 * (PouchDB's replicator, from its checkpoints) → local PouchDB → Dexie.
 * Merges and deletions decided while applying go up in the same round.
 * Nothing is kept in memory between rounds: the outbox, the checkpoints
 * and the applied sequence are all stored.
 */
export async function syncRound(db: FluenzrDatabase, local: LocalPouch, remote: LocalPouch, replica: Replica): Promise<RoundReport> {
  await mirrorOutbox(db, local, replica);
  const up = await local.replicate.to(remote, REPLICATION);
  const down = await local.replicate.from(remote, REPLICATION);
  const applied = await applyPulled(db, local, replica);
  let pushed = up.docs_written;
  if ((await mirrorOutbox(db, local, replica)) || applied.refused || down.docs_written) {
    pushed += (await local.replicate.to(remote, REPLICATION)).docs_written;
  }
  return { ...applied, pushed, pulled: down.docs_written };
}
