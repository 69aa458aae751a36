import { browser, type Browser } from 'wxt/browser';
import { managerUrlFor } from '../board/open';
import { updateContact } from '../contacts/repository';
import { getDb } from '../db/database';
import { resolveLocale, translator } from '../i18n';
import { translatePlural } from '../i18n/plural';
import { displayName, type Contact } from '../model';
import { snoozedStep } from '../notes/next-step';
import { getSettings } from '../settings/store';
import { NOTIFIED_KEY, refreshReminders } from './schedule';

/** Notifications shown one by one; more at once are told in one summary. */
export const MAX_SINGLE = 3;
const PREFIX = 'next-step:';
const SUMMARY_ID = 'next-steps-due';

/** `next-step:<contact id>:<due time>`: a button acts only on the step it was shown for. */
export function reminderId(contact: Pick<Contact, 'id' | 'nextStep'>): string {
  return `${PREFIX}${contact.id}:${contact.nextStep!.dueAt}`;
}

export function parseReminderId(id: string): { contactId: number; dueAt: number } | null {
  const m = /^next-step:(\d+):(\d+)$/.exec(id);
  return m ? { contactId: Number(m[1]), dueAt: Number(m[2]) } : null;
}

async function words() {
  const settings = await getSettings();
  const locale = resolveLocale(settings.locale);
  return { t: translator(locale), locale };
}

/** Notify the next steps that fell due since the last time, then schedule the next alarm. */
export async function notifyDue(now = Date.now()): Promise<number> {
  const { reminders } = await getSettings();
  if (!reminders) return 0;
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const from = typeof stored === 'number' ? stored : now;
  const range = () => getDb().contacts.where('nextDueAt').between(from, now, false, true);
  const [total, first] = await Promise.all([range().count(), range().limit(MAX_SINGLE).toArray()]);
  await browser.storage.local.set({ [NOTIFIED_KEY]: now });
  const { t, locale } = await words();
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (total > MAX_SINGLE) {
    await create(SUMMARY_ID, { type: 'basic', iconUrl, title: translatePlural(t, locale, 'followups.reminder.many', total), message: t('followups.reminder.manyBody') }, []);
  } else {
    const buttons = [{ title: t('followups.nextStep.done') }, { title: t('followups.nextStep.snooze') }];
    for (const contact of first) {
      const context = [contact.title, contact.company].filter(Boolean).join(' · ');
      await create(reminderId(contact), { type: 'basic', iconUrl, title: t('followups.reminder.title', { name: displayName(contact) }), message: contact.nextStep!.text, contextMessage: context || undefined, requireInteraction: true }, buttons);
    }
  }
  await refreshReminders(now);
  return total;
}

type Options = Browser.notifications.NotificationCreateOptions;

/** Firefox has no notification buttons: the notification is shown without them. */
async function create(id: string, options: Options, buttons: Array<{ title: string }>): Promise<void> {
  try {
    await browser.notifications.create(id, { ...options, ...(buttons.length ? { buttons } : {}) } as Options);
  } catch {
    const { requireInteraction: _r, ...plain } = options as Options & { requireInteraction?: boolean };
    await browser.notifications.create(id, plain as Options);
  }
}

/** "Done" (0) clears the step, "Snooze 1 day" (1) moves it a day on; a step changed since is left alone. */
export async function onReminderButton(notificationId: string, buttonIndex: number, now = Date.now()): Promise<void> {
  const ref = parseReminderId(notificationId);
  await browser.notifications.clear(notificationId);
  if (!ref) return;
  const contact = await getDb().contacts.get(ref.contactId);
  const step = contact?.nextStep;
  if (!contact || !step || step.dueAt !== ref.dueAt) return;
  const base = { updatedAt: contact.updatedAt, values: { nextStep: step } };
  await updateContact(contact.id, { nextStep: buttonIndex === 0 ? null : snoozedStep(step, now) }, 'reminder', { base });
  await refreshReminders(now);
}

/** A click on the notification opens the contact (or the manager, for the summary). */
export async function onReminderClicked(notificationId: string): Promise<void> {
  const ref = parseReminderId(notificationId);
  if (!ref && notificationId !== SUMMARY_ID) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: ref ? managerUrlFor(ref.contactId) : `${browser.runtime.getURL('/options.html')}#/contacts` });
}
