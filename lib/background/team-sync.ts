import { browser } from 'wxt/browser';
import { runSyncRound } from '../sync/service';

/** The worker's sync: one round per alarm, from the stored checkpoints (it keeps nothing in memory between rounds). */
export const TEAM_SYNC_ALARM = 'fluenzr.teamSync';

export function registerTeamSync(): void {
  // Chrome's shortest period for a packed extension: one minute. Created once: re-creating it at
  // every worker start would push the next round back each time.
  void browser.alarms.get(TEAM_SYNC_ALARM).then((alarm) => (alarm ? undefined : browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: 1 })));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) void runSyncRound({ skipWhileLive: true }).catch((error) => console.error('FluenzR: team sync round failed', error));
  });
}
