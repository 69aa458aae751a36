import { browser } from 'wxt/browser';
import { notifyDue, onReminderButton, onReminderClicked } from './notify';
import { REMINDER_ALARM, refreshReminders } from './schedule';

const report = (error: unknown) => console.error('FluenzR: reminders', error);

/** Listeners for the due alarm and the notifications; the schedule is rebuilt from the database now. */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void notifyDue().catch(report);
  });
  browser.notifications.onButtonClicked.addListener((id, index) => void onReminderButton(id, index).catch(report));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id).catch(report));
  void refreshReminders().catch(report);
}
