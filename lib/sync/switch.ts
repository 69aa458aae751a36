import type { FluenzrDatabase } from '../db/database';
import { APPLIED_SEQ_KEY } from './apply';
import { parseTeamUrl } from './config';
import { SYNC_ON_KEY } from './outbox-middleware';
import type { LocalPouch } from './pouch';
import { UNSETTLED_KEY } from './restore';

/** kv: the team database (URL) the local mirror, its checkpoints and the id map belong to. */
export const MIRROR_TEAM_KEY = 'sync.team';
/** kv: the local PouchDB's sequence when a round last ended with everything sent. */
export const PUSHED_SEQ_KEY = 'sync.pushedSeq';
/** kv: outbox rows dropped when sync was turned off (turning it on again with the same team queues every row again). */
export const UNSENT_AT_OFF_KEY = 'sync.unsentAtOff';
const REPLICA_KEY = 'sync.replica';

/** A round (or live sync) ended with everything sent: later writes to the mirror are the unsent ones. */
export async function recordPushed(db: FluenzrDatabase, pouch: LocalPouch): Promise<void> {
  await db.kv.put({ key: PUSHED_SEQ_KEY, value: (await pouch.info()).update_seq });
}

/** Sync turned off: what was waiting is counted before the outbox is dropped. */
export async function recordUnsentAtOff(db: FluenzrDatabase): Promise<void> {
  const before = ((await db.kv.get(UNSENT_AT_OFF_KEY))?.value as number | undefined) ?? 0;
  await db.kv.put({ key: UNSENT_AT_OFF_KEY, value: before + (await db.outbox.count()) });
}

/** Changes recorded here the team server has not taken: the outbox, what was waiting at "Turn off", and this machine's mirror writes since the last complete round. */
export async function unsentChanges(db: FluenzrDatabase, pouch: LocalPouch): Promise<number> {
  const since = ((await db.kv.get(PUSHED_SEQ_KEY))?.value as number | string | undefined) ?? 0;
  const replica = (await db.kv.get(REPLICA_KEY))?.value;
  const feed = await pouch.changes({ since, include_docs: true });
  // Documents other replicas wrote came from the server; this machine's own writes and merges (w '') did not reach it.
  const mine = feed.results.filter((c) => !c.doc?.w || c.doc.w === replica).length;
  return mine + (await db.outbox.count()) + (((await db.kv.get(UNSENT_AT_OFF_KEY))?.value as number | undefined) ?? 0);
}

export interface TeamSwitch {
  /** The team database this base synced with ('' when it is not known: synced before this was recorded, then forgotten). */
  from: string;
  /** Changes recorded here that the old team has not taken yet. */
  unsent: number;
  /** Live and archived contacts here: they stay, and go to the new team. */
  contacts: number;
  /** Contacts that colleagues of the old team brought. */
  fromColleagues: number;
}

/** The team database a URL names, as compared between two settings ("…/acme/" and "…/acme" are one). */
function teamOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = parseTeamUrl(url);
  return typeof parsed === 'string' ? url.trim() : parsed.dbUrl;
}

/**
 * Turning sync on with `url`: is this base's mirror another team's? Then
 * the user is asked first (the Team panel), and `dropTeamMirror` runs.
 * `configuredUrl` is the stored setting, for a base that synced before the
 * mirror's team was recorded.
 */
export async function teamSwitch(db: FluenzrDatabase, pouch: LocalPouch, url: string, configuredUrl?: string): Promise<TeamSwitch | undefined> {
  const mirrored = (await db.kv.get(MIRROR_TEAM_KEY))?.value as string | undefined;
  const hasMirror = (await db.syncIds.count()) > 0 || !!(await db.kv.get(APPLIED_SEQ_KEY));
  const from = mirrored ?? (hasMirror ? (teamOf(configuredUrl) ?? '') : undefined);
  if (from === undefined || (from !== '' && from === teamOf(url))) return undefined;
  if (!hasMirror) return undefined;
  const colleagues = await db.syncIds.filter((row) => !!row.by && row.ref.startsWith('contacts:')).toArray();
  return { from, unsent: await unsentChanges(db, pouch), contacts: await db.contacts.count(), fromColleagues: new Set(colleagues.map((r) => r.ref)).size };
}

/**
 * Leave the old team: its local mirror (the PouchDB database, with
 * PouchDB's checkpoints in it), the id map, the applied sequence, the
 * waiting outbox and the conflicts to decide are dropped. Every row of the
 * base stays, and becomes this machine's own: the next enableOutbox queues
 * them all, under new document ids, for the new team.
 */
export async function dropTeamMirror(db: FluenzrDatabase, pouch: LocalPouch): Promise<void> {
  await pouch.destroy();
  await db.transaction('rw', [db.kv, db.outbox, db.syncIds], async () => {
    await db.outbox.clear();
    await db.syncIds.clear();
    await db.kv.bulkDelete([APPLIED_SEQ_KEY, UNSETTLED_KEY, SYNC_ON_KEY, MIRROR_TEAM_KEY, PUSHED_SEQ_KEY, UNSENT_AT_OFF_KEY]);
  });
}

/** The team the mirror now belongs to (turning sync on). */
export async function recordMirrorTeam(db: FluenzrDatabase, url: string): Promise<void> {
  await db.kv.put({ key: MIRROR_TEAM_KEY, value: teamOf(url) });
  // Every row is queued again (enableOutbox): what was waiting at "Turn off" is in the outbox once more.
  await db.kv.delete(UNSENT_AT_OFF_KEY);
}
