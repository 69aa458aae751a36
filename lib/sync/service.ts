import { browser } from 'wxt/browser';
import { getDb, type FluenzrDatabase } from '../db/database';
import { loadTeamConfig, originPattern, parseTeamUrl, releaseOrigin, saveTeamConfig, type TeamConfig } from './config';
import { disableOutbox, enableOutbox } from './enable';
import { liveSyncRunning, runLiveSync } from './live';
import type { Replica } from './mirror';
import { openLocalPouch, openRemotePouch, type LocalPouch } from './pouch';
import { syncRound, type RoundReport } from './round';
import { loadTeamStatus, problemOf, saveTeamStatus } from './status';
import { dropTeamMirror, recordMirrorTeam, recordPushed, recordUnsentAtOff, teamSwitch, type TeamSwitch } from './switch';

const REPLICA_KEY = 'sync.replica';
const LOCK = 'fluenzr-team-sync';

/** This database's replica id (random, kept in kv) and the team user. */
export async function replicaOf(db: FluenzrDatabase, user: string): Promise<Replica> {
  const row = await db.kv.get(REPLICA_KEY);
  if (typeof row?.value === 'string') return { id: row.value, user };
  const id = crypto.randomUUID();
  await db.kv.put({ key: REPLICA_KEY, value: id });
  return { id, user };
}

/** One round at a time across the worker and the open pages (Web Locks), none where they do not exist (unit tests). */
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(LOCK, run) as Promise<T>) : run();
}

async function granted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

interface Opened {
  config: TeamConfig;
  local: LocalPouch;
  remote: LocalPouch;
  replica: Replica;
}

async function open(): Promise<Opened | undefined> {
  const config = await loadTeamConfig();
  if (!config?.on) return undefined;
  const url = parseTeamUrl(config.url);
  if (typeof url === 'string') return undefined;
  if (!(await granted(url.origin))) {
    await saveTeamStatus({ ...(await loadTeamStatus()), error: { problem: 'no_permission', at: Date.now() } });
    return undefined;
  }
  const db = getDb();
  return { config, local: openLocalPouch(), remote: openRemotePouch(url.dbUrl, config), replica: await replicaOf(db, config.username) };
}

/**
 * One full round (the worker's alarm, "Sync now"): its outcome goes to the
 * status. Does nothing while sync is off, nor, for the worker
 * (`skipWhileLive`), while an open page runs live sync: both would pull the
 * same documents into the same local database.
 */
export async function runSyncRound(options: { skipWhileLive?: boolean } = {}): Promise<RoundReport | undefined> {
  if (options.skipWhileLive && (await liveSyncRunning())) return undefined;
  return exclusive(async () => {
    const opened = await open();
    if (!opened) return undefined;
    try {
      const report = await syncRound(getDb(), opened.local, opened.remote, opened.replica);
      await recordPushed(getDb(), opened.local);
      await saveTeamStatus({ lastSyncAt: Date.now(), pushed: report.pushed, pulled: report.pulled });
      return report;
    } catch (error) {
      await saveTeamStatus({ ...(await loadTeamStatus()), error: { ...problemOf(error), at: Date.now() } });
      return undefined;
    }
  });
}

/** Live sync from an open extension page (live.ts). Returns the stop function. */
export async function startLiveSync(): Promise<() => void> {
  const opened = await open();
  if (!opened) return () => undefined;
  return runLiveSync(getDb(), opened, exclusive);
}

/** Changes waiting to leave this machine: the outbox (what the mirror has not yet sent is counted by PouchDB's checkpoint). */
export function pendingChanges(db = getDb()): Promise<number> {
  return db.outbox.count();
}

/** Turning sync on with this URL would leave another team's mirror: what the user must be told first (undefined: it would not). */
export async function pendingTeamSwitch(url: string): Promise<TeamSwitch | undefined> {
  return teamSwitch(getDb(), openLocalPouch(), url, (await loadTeamConfig())?.url);
}

/**
 * Turn sync on (after "Test connection" passed and the origin was granted in
 * the same click). Onto another team's database only once the user
 * confirmed (`leaveOldTeam`): the old mirror is dropped first (switch.ts).
 */
export async function turnSyncOn(config: Omit<TeamConfig, 'on'>, options: { leaveOldTeam?: boolean } = {}): Promise<void> {
  const db = getDb();
  if (await pendingTeamSwitch(config.url)) {
    if (!options.leaveOldTeam) throw new Error('team_switch_unconfirmed');
    await dropTeamMirror(db, openLocalPouch());
    await saveTeamStatus({});
  }
  await saveTeamConfig({ ...config, on: true });
  await recordMirrorTeam(db, config.url);
  await enableOutbox(db);
}

/** Turn sync off: the outbox stops and the host permission is given back; the credentials stay until forgotten. */
export async function turnSyncOff(): Promise<void> {
  const config = await loadTeamConfig();
  if (config) await saveTeamConfig({ ...config, on: false });
  await recordUnsentAtOff(getDb());
  await disableOutbox(getDb());
  const url = config && parseTeamUrl(config.url);
  if (url && typeof url !== 'string') await releaseOrigin(url.origin);
}
