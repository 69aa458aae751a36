import { describe, expect, it } from 'vitest';
import { findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { saveSettings } from '../../../lib/settings/store';
import { applyThreadStatuses } from '../../../lib/status/auto-status';
import { editBase, patchOf, valuesOf } from '../../../components/contact/form-model';
import type { Contact } from '../../../lib/model';
import { draft } from '../helpers/drafts';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzwJkSmsKqdXbLlqhZnVqKrN';

/** The drawer opens on `opened`; the user changes the title; meanwhile Gmail reports a bounce. */
async function openThenBounce(): Promise<Contact> {
  const created = await upsertByEmail(draft());
  if (created.outcome !== 'created') throw new Error('setup');
  await saveSettings({ autoStatusFromGmail: true });
  await new Promise((r) => setTimeout(r, 2));
  await applyThreadStatuses({ people: [], bounces: [created.contact.email] }, THREAD);
  return created.contact;
}

describe('edits never undo other edits', () => {
  it('the drawer sends only what the user changed, so an automatic Bounced made meanwhile stays', async () => {
    const opened = await openThenBounce();
    const values = { ...valuesOf(opened, [], 'legitimate_interest'), title: 'CFO' };
    const patch = patchOf(opened, values, []);
    expect(patch).toEqual({ title: 'CFO' });
    const saved = await updateContact(opened.id, patch, 'manual', { base: editBase(opened, patch) });
    expect(saved).toMatchObject({ title: 'CFO', status: 'Bounced', editedFields: ['title'] });
  });

  it('a stale edit of a field changed meanwhile is refused, naming it, and writes nothing', async () => {
    const opened = await openThenBounce();
    const patch = { status: 'Blocked' as const, title: 'CFO' };
    await expect(updateContact(opened.id, patch, 'manual', { base: editBase(opened, patch) })).rejects.toMatchObject({
      code: 'edit_conflict',
      message: 'edit_conflict: status',
    });
    expect(await findByEmail(opened.email)).toMatchObject({ status: 'Bounced', title: 'VP Sales', editedFields: [] });
  });

  it('an edit on the current version applies, and each write moves the version on', async () => {
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const first = await updateContact(created.contact.id, { title: 'CFO' }, 'manual', { base: editBase(created.contact, { title: 'CFO' }) });
    expect(first.updatedAt).toBeGreaterThan(created.contact.updatedAt);
    const second = await updateContact(first.id, { status: 'Blocked' }, 'manual', { base: editBase(first, { status: 'Blocked' }) });
    expect(second).toMatchObject({ title: 'CFO', status: 'Blocked' });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
  });

  it('a stale edit setting a field to the value it now has is no conflict', async () => {
    const opened = await openThenBounce();
    const patch = { status: 'Bounced' as const };
    expect(await updateContact(opened.id, patch, 'manual', { base: editBase(opened, patch) })).toMatchObject({ status: 'Bounced' });
  });
});
