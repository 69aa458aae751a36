import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { purgeExpiredUndo, UNDO_TTL } from '../contacts/undo';

const ALARM = 'undo-purge';

/**
 * Undo records (lib/contacts/undo.ts) hold a deleted contact's data for
 * UNDO_TTL: an alarm drops them then, even if nothing else is done meanwhile
 * and the worker was stopped in between.
 */
export async function afterUndoable<T extends { undo?: string }>(outcome: T): Promise<T> {
  if (outcome.undo) await browser.alarms.create(ALARM, { when: Date.now() + UNDO_TTL + 1000 });
  return outcome;
}

export function registerUndoPurge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purgeExpiredUndo(getDb());
  });
  // A browser closed with a record still there: dropped on the next start.
  void purgeExpiredUndo(getDb()).catch(() => undefined);
}
