import Dexie from 'dexie';
import type { FluenzrDatabase } from '../db/database';
import { applyPulled } from './apply';
import { mirrorOutbox, type Replica } from './mirror';
import { REPLICATION, type LocalPouch } from './pouch';
import { loadTeamStatus, problemOf, saveTeamStatus } from './status';
import { recordPushed } from './switch';
import { clock, noteStep, timed } from './timings';
import { keepFreshBatches } from './fresh-batches';

/** Held by the one page that runs live sync; the worker skips its rounds meanwhile (service.ts). */
export const LIVE_LOCK = 'fluenzr-team-live';

/** A safety net beside the outbox watch: how often the outbox is looked at anyway. */
const FALLBACK_MS = 5_000;

function locks(): LockManager | undefined {
  return (globalThis.navigator as Navigator | undefined)?.locks;
}

/** True while some open page runs live sync (Web Locks; false where they do not exist). */
export async function liveSyncRunning(): Promise<boolean> {
  const held = (await locks()?.query())?.held ?? [];
  return held.some((lock) => lock.name === LIVE_LOCK);
}

/**
 * Mirror then apply, one at a time; a call while one runs asks for one more
 * pass after it, so a change that arrives meanwhile is applied at once
 * rather than at the next event.
 */
function stepper(run: () => Promise<void>): { step: () => void; stop: () => void } {
  let running = false;
  let again = false;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      do {
        again = false;
        await run();
      } while (again && !stopped);
      running = false;
    })();
  };
  return { step, stop: () => void (stopped = true) };
}

/**
 * Live sync from this page: PouchDB's live replication both ways (retrying
 * after the server comes back); every outbox row, written by this page,
 * another one or the worker (Dexie's change events carry them all), mirrored at
 * once, and every pulled change applied at once. One page at a time runs it
 * (Web Lock): another open manager waits and takes over when this one
 * closes. `exclusive` is the round lock of service.ts. Returns the stop function.
 */
export function runLiveSync(
  db: FluenzrDatabase,
  opened: { local: LocalPouch; remote: LocalPouch; replica: Replica },
  exclusive: <T>(run: () => Promise<T>) => Promise<T>,
): () => void {
  const { local, remote, replica } = opened;
  const stopper = new AbortController();
  let stopLive: (() => void) | undefined;
  const start = (): Promise<void> => {
    if (stopper.signal.aborted) return Promise.resolve();
    const { step, stop } = stepper(async () => {
      try {
        await exclusive(async () => {
          await timed('mirror', () => mirrorOutbox(db, local, replica), (n) => n);
          await timed('apply', () => applyPulled(db, local, replica), (r) => r.applied);
        });
      } catch (error) {
        await saveTeamStatus({ ...(await loadTeamStatus()), error: { ...problemOf(error), at: Date.now() } });
      }
    });
    keepFreshBatches(local, { waitForApply: true });
    const live = local.sync(remote, { live: true, retry: true, ...REPLICATION });
    live.on('change', (info) => {
      noteStep(info.direction, clock(), info.change.docs.length);
      step();
    });
    live.on('paused', (error) => {
      if (error) void saveTeamStatus({ error: { ...problemOf(error), at: Date.now() } });
      else {
        // Caught up both ways, but the mirror may still be draining the outbox: only an empty outbox means all was sent.
        void db.outbox.count().then((n) => (n ? undefined : recordPushed(db, local)));
        void loadTeamStatus().then((s) => saveTeamStatus({ ...s, lastSyncAt: Date.now(), error: undefined }));
      }
    });
    live.on('error', (error) => void saveTeamStatus({ error: { ...problemOf(error), at: Date.now() } }));
    // Dexie's own change events, which reach this page from other pages and the worker too (its BroadcastChannel).
    const outboxPart = `idb://${db.name}/outbox/`;
    const onMutated = (parts: Record<string, unknown>) => void (outboxPart in parts && step());
    Dexie.on.storagemutated.subscribe(onMutated);
    const timer = setInterval(step, FALLBACK_MS);
    step();
    return new Promise<void>((done) => {
      stopLive = () => {
        stop();
        clearInterval(timer);
        Dexie.on.storagemutated.unsubscribe(onMutated);
        live.cancel();
        done();
      };
      if (stopper.signal.aborted) stopLive();
    });
  };
  const manager = locks();
  if (manager) void manager.request(LIVE_LOCK, { signal: stopper.signal }, start).catch(() => undefined);
  else void start();
  return () => {
    stopper.abort();
    stopLive?.();
  };
}
