import { browser } from 'wxt/browser';
import { getDb, type FluenzrDatabase } from '../db/database';
import { overdueCount } from '../notes/due-count';
import { getSettings } from '../settings/store';

export { overdueCount };

/**
 * Reminders keep nothing in the worker's memory: the one alarm (the next due
 * time), the toolbar's overdue count and the moment up to which notifications
 * were shown (storage.local) are rebuilt from the database at start-up and
 * after every write.
 */
export const REMINDER_ALARM = 'next-step-due';
export const NOTIFIED_KEY = 'reminders:notifiedUntil';
export const OVERDUE_COLOR = '#b91c1c';

/** The first due time after `now`, read as an index key (no contact read). */
export async function nextDueAfter(db: FluenzrDatabase, now: number): Promise<number | undefined> {
  const [first] = await db.contacts.where('nextDueAt').above(now).limit(1).keys();
  return first as number | undefined;
}

/** The badge's text: the count, shortened past 99. */
export function overdueText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/** The global badge (tabs showing a capture badge keep theirs until it clears). */
async function showOverdue(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: OVERDUE_COLOR });
  await browser.action.setBadgeText({ text: overdueText(count) });
}

/** Rebuild the alarm and the badge from the database. */
export async function refreshReminders(now = Date.now()): Promise<void> {
  const { reminders } = await getSettings();
  if (!reminders) {
    await browser.alarms.clear(REMINDER_ALARM);
    await browser.storage.local.remove(NOTIFIED_KEY);
    await showOverdue(0);
    return;
  }
  // Turned on (or first run): what was already due is on the badge, not notified again.
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  if (typeof stored !== 'number') await browser.storage.local.set({ [NOTIFIED_KEY]: now });
  const db = getDb();
  const [count, next] = await Promise.all([overdueCount(db, now), nextDueAfter(db, now)]);
  await showOverdue(count);
  if (next === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: next });
}
