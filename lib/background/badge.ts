import { browser } from 'wxt/browser';
import { OVERDUE_COLOR } from '../reminders/schedule';

export type BadgeKind = 'saved' | 'pending' | 'nothing' | 'refused';

const BADGES: Record<BadgeKind, { text: string; color: string }> = {
  saved: { text: '✓', color: '#059669' },
  pending: { text: '+', color: '#d97706' },
  nothing: { text: '–', color: '#64748b' },
  refused: { text: '!', color: '#dc2626' },
};

/** How long the confirmation stays on the toolbar icon. */
export const BADGE_MS = 4000;
const ALARM_PREFIX = 'badge-clear:';

/**
 * Confirm on the tab's toolbar icon, and clear it later through an alarm:
 * the worker may be stopped in between, so no timer in memory is trusted.
 */
export async function showBadge(tabId: number, kind: BadgeKind, now = Date.now()): Promise<void> {
  const { text, color } = BADGES[kind];
  await browser.action.setBadgeBackgroundColor({ tabId, color });
  await browser.action.setBadgeText({ tabId, text });
  await browser.alarms.create(`${ALARM_PREFIX}${tabId}`, { when: now + BADGE_MS });
}

/** The colour of the global badge (the overdue count of lib/reminders), which a cleared tab shows again. */
const IDLE_COLOR = OVERDUE_COLOR;

export async function clearBadgeFor(alarmName: string): Promise<void> {
  if (!alarmName.startsWith(ALARM_PREFIX)) return;
  const tabId = Number(alarmName.slice(ALARM_PREFIX.length));
  // null drops the tab's own text, so the tab shows the global badge again (the overdue count).
  // The tab may be gone by now: nothing left to clear then.
  await browser.action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => undefined);
  await browser.action.setBadgeBackgroundColor({ tabId, color: IDLE_COLOR }).catch(() => undefined);
}

export function registerBadgeAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => void clearBadgeFor(alarm.name));
}
