import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../../lib/db/database';
import { takeDueChange } from '../../../lib/db/due-key';
import { captureContact, updateContact } from '../../../lib/service/contacts';
import { saveSettings } from '../../../lib/service/catalog';
import { REMINDER_ALARM } from '../../../lib/reminders/schedule';
import { draft } from '../helpers/drafts';

const HOUR = 3_600_000;

/** How many times the page rebuilt the reminders (each rebuild sets the badge once). */
function countRebuilds() {
  return vi.spyOn(fakeBrowser.action, 'setBadgeText');
}

describe('reminders follow the writes that move a due time', () => {
  it('rebuilds after a next step is set, moved, cleared or archived, and not after a capture or an edit elsewhere', async () => {
    takeDueChange(); // the page's first write rebuilds once; start from a settled page
    const rebuilds = countRebuilds();
    const created = await captureContact(draft({ email: 'ann@acme.com' }));
    if (created.outcome !== 'created') throw new Error('setup');
    const id = created.contact.id;
    expect(rebuilds).toHaveBeenCalledTimes(0);

    const dueAt = Date.now() + HOUR;
    await updateContact({ id, patch: { nextStep: { text: 'Call', dueAt } } });
    expect(rebuilds).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(dueAt);

    await updateContact({ id, patch: { title: 'CEO' } });
    await captureContact(draft({ email: 'ann@acme.com', company: 'Acme 2' }));
    expect(rebuilds).toHaveBeenCalledTimes(1);

    // Moved within the same day: no counter changes, the alarm must still move.
    await updateContact({ id, patch: { nextStep: { text: 'Call', dueAt: dueAt + 60_000 } } });
    expect(rebuilds).toHaveBeenCalledTimes(2);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(dueAt + 60_000);

    await getDb().contacts.update(id, { archived: 1 });
    expect(takeDueChange()).toBe(true);

    await updateContact({ id, patch: { nextStep: null } });
    expect(takeDueChange()).toBe(false); // archived: it had no due time left to clear
  });

  it('rebuilds after the reminders setting changes, and after a clear of the base', async () => {
    takeDueChange();
    const rebuilds = countRebuilds();
    await saveSettings({ reminders: false });
    expect(rebuilds).toHaveBeenCalledTimes(1);
    await getDb().contacts.clear();
    expect(takeDueChange()).toBe(true);
  });
});
