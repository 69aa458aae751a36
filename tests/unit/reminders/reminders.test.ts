import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { DAY_MS } from '../../../lib/notes/next-step';
import { notifyDue, onReminderButton, parseReminderId, reminderId } from '../../../lib/reminders/notify';
import { NOTIFIED_KEY, REMINDER_ALARM, nextDueAfter, overdueCount, overdueText, refreshReminders } from '../../../lib/reminders/schedule';
import { saveSettings } from '../../../lib/settings/store';
import { draft } from '../helpers/drafts';

const NOW = 1_800_000_000_000;

async function withStep(email: string, dueAt: number, text = `Call ${email}`): Promise<number> {
  const result = await upsertByEmail(draft({ email }));
  if (result.outcome !== 'created') throw new Error('setup');
  await updateContact(result.contact.id, { nextStep: { text, dueAt } });
  return result.contact.id;
}

function spyNotifications() {
  const created: Array<{ id: string; options: Record<string, unknown> }> = [];
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, options: Record<string, unknown>) => {
    created.push({ id, options });
    return id;
  }) as never);
  vi.spyOn(fakeBrowser.notifications, 'clear').mockImplementation((async () => true) as never);
  return created;
}

describe('reminder schedule', () => {
  it('counts overdue next steps and finds the next due time on the index, archived contacts left out', async () => {
    await withStep('a@acme.com', NOW - 5000);
    await withStep('b@acme.com', NOW - 1000);
    const archived = await withStep('c@acme.com', NOW - 2000);
    await withStep('d@acme.com', NOW + 60_000);
    await withStep('e@acme.com', NOW + 120_000);
    await getDb().contacts.update(archived, { archived: 1 });
    expect(await overdueCount(getDb(), NOW)).toBe(2);
    expect(await nextDueAfter(getDb(), NOW)).toBe(NOW + 60_000);
    expect(overdueText(0)).toBe('');
    expect(overdueText(120)).toBe('99+');
  });

  it('counts whole past days from the maintained counters and today on the index, through every write', async () => {
    const ids = [];
    for (const [i, days] of [1, 3, 3, 10, 40].entries()) ids.push(await withStep(`d${i}@acme.com`, NOW - days * DAY_MS));
    await withStep('today@acme.com', NOW - 1000);
    await withStep('later@acme.com', NOW + 1000);
    const byIndex = () => getDb().contacts.where('nextDueAt').below(NOW).count();
    expect(await overdueCount(getDb(), NOW)).toBe(6);
    await updateContact(ids[0]!, { nextStep: null });
    await getDb().contacts.update(ids[1]!, { archived: 1 });
    await updateContact(ids[2]!, { nextStep: { text: 'Moved', dueAt: NOW + DAY_MS } });
    expect(await overdueCount(getDb(), NOW)).toBe(3);
    expect(await overdueCount(getDb(), NOW)).toBe(await byIndex());
    await getDb().contacts.delete(ids[3]!);
    expect(await overdueCount(getDb(), NOW)).toBe(await byIndex());
    // A day later, what was due tomorrow is overdue too.
    expect(await overdueCount(getDb(), NOW + 2 * DAY_MS)).toBe(await getDb().contacts.where('nextDueAt').below(NOW + 2 * DAY_MS).count());
  });

  it('sets one alarm at the next due time and the overdue count on the badge; off in Settings clears both', async () => {
    await withStep('a@acme.com', NOW - 5000);
    await withStep('b@acme.com', NOW + 60_000);
    await refreshReminders(NOW);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(NOW + 60_000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await saveSettings({ reminders: false });
    await refreshReminders(NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('reminder notifications', () => {
  it('notify each step that fell due since the last time, once, with Done and Snooze', async () => {
    const created = spyNotifications();
    await refreshReminders(NOW - 10_000);
    const id = await withStep('a@acme.com', NOW - 1000, 'Send the proposal');
    await withStep('b@acme.com', NOW + DAY_MS);
    expect(await notifyDue(NOW)).toBe(1);
    expect(created).toHaveLength(1);
    expect(created[0]!.id).toBe(`next-step:${id}:${NOW - 1000}`);
    expect(created[0]!.options).toMatchObject({ title: 'Next step for Jane Doe', message: 'Send the proposal', buttons: [{ title: 'Done' }, { title: 'Snooze 1 day' }] });
    // Already told: the next alarm does not repeat it.
    expect(await notifyDue(NOW + 1000)).toBe(0);
    expect(await fakeBrowser.storage.local.get(NOTIFIED_KEY)).toEqual({ [NOTIFIED_KEY]: NOW + 1000 });
  });

  it('tell many due steps at once in one summary', async () => {
    const created = spyNotifications();
    await refreshReminders(NOW - 10_000);
    for (let i = 0; i < 5; i++) await withStep(`p${i}@acme.com`, NOW - 1000 + i);
    expect(await notifyDue(NOW)).toBe(5);
    expect(created.map((c) => c.id)).toEqual(['next-steps-due']);
    expect(created[0]!.options.title).toBe('5 next steps are due');
  });

  it('"Done" clears the step and records it; "Snooze 1 day" moves it a day past now; a changed step is left alone', async () => {
    spyNotifications();
    const a = await withStep('a@acme.com', NOW - 1000);
    const b = await withStep('b@acme.com', NOW - 3 * DAY_MS);
    const aRow = (await getDb().contacts.get(a))!;
    const bRow = (await getDb().contacts.get(b))!;
    await onReminderButton(reminderId(aRow), 0, NOW);
    expect((await getDb().contacts.get(a))!.nextStep).toBeUndefined();
    const history = await getDb().history.where('contactId').equals(a).toArray();
    expect(history.at(-1)).toMatchObject({ kind: 'edited', origin: 'reminder', changes: { nextStep: [{ dueAt: NOW - 1000 }, undefined] } });

    await onReminderButton(reminderId(bRow), 1, NOW);
    expect((await getDb().contacts.get(b))!.nextStep?.dueAt).toBe(NOW + DAY_MS);
    // The old notification's step is gone: its buttons do nothing now.
    await onReminderButton(reminderId(bRow), 0, NOW);
    expect((await getDb().contacts.get(b))!.nextStep?.dueAt).toBe(NOW + DAY_MS);
    expect(await overdueCount(getDb(), NOW)).toBe(0);
  });

  it('read their ids back, and nothing else', () => {
    expect(parseReminderId('next-step:12:1800000000000')).toEqual({ contactId: 12, dueAt: 1_800_000_000_000 });
    expect(parseReminderId('badge-clear:3')).toBeNull();
    expect(parseReminderId('next-step:x:1')).toBeNull();
  });
});
