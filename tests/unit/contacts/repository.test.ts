import { describe, expect, it } from 'vitest';
import { contactHistory } from '../../../lib/contacts/history';
import { deleteContacts, findByEmail, recentContacts, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { emailHash } from '../../../lib/gdpr/hash';
import { saveSettings } from '../../../lib/settings/store';
import { draft } from '../helpers/drafts';

describe('upsertByEmail', () => {
  it('creates a contact with normalized email, defaults, search words and history', async () => {
    const result = await upsertByEmail(draft({ email: '  Jane.Doe@ACME.com ' }));
    expect(result.outcome).toBe('created');
    const stored = await findByEmail('jane.doe@acme.com');
    expect(stored).toMatchObject({ email: 'jane.doe@acme.com', stage: 'Lead', status: 'Active', archived: 0, tags: [], editedFields: [] });
    expect(stored?.consent.basis).toBe('legitimate_interest');
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['jane', 'doe', 'acme', 'com']));
    // The whole email is searched on the email index, not as a word (it doubled every first name's entries).
    expect(stored?.searchWords).not.toContain('jane.doe@acme.com');
    const history = await contactHistory(getDb(), stored!.id);
    expect(history.map((h) => h.kind)).toEqual(['captured']);
  });

  it('refuses an invalid email with the precise problem and writes nothing', async () => {
    const result = await upsertByEmail(draft({ email: 'jane@acme' }));
    expect(result).toEqual({ outcome: 'invalid', problems: [{ field: 'email', problem: 'no_domain_dot' }] });
    expect(await getDb().contacts.count()).toBe(0);
  });

  it('fills empty fields on re-capture and says what changed', async () => {
    await upsertByEmail(draft({ title: undefined }));
    const again = await upsertByEmail(draft({ title: 'CEO', phone: '+33 6 12 34 56 78' }));
    expect(again.outcome).toBe('updated');
    if (again.outcome !== 'updated') return;
    expect(again.changes).toEqual({ title: [undefined, 'CEO'], phone: [undefined, '+33 6 12 34 56 78'] });
  });

  it('reports unchanged when nothing new arrives', async () => {
    await upsertByEmail(draft());
    const again = await upsertByEmail(draft());
    expect(again.outcome).toBe('unchanged');
  });

  it('never overwrites a value the user edited, and reports the difference', async () => {
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    await updateContact(created.contact.id, { title: 'Head of Sales (typed by me)' });
    const again = await upsertByEmail(draft({ title: 'Chief Revenue Officer', company: 'Acme Group' }));
    if (again.outcome !== 'updated') throw new Error(`expected updated, got ${again.outcome}`);
    expect(again.conflicts).toEqual({ title: ['Head of Sales (typed by me)', 'Chief Revenue Officer'] });
    // A value that came from an earlier capture is refreshed.
    expect(again.changes).toEqual({ company: ['Acme', 'Acme Group'] });
    const stored = await findByEmail('jane.doe@acme.com');
    expect(stored?.title).toBe('Head of Sales (typed by me)');
  });

  it('twenty concurrent captures of one email yield exactly one contact', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => upsertByEmail(draft({ email: i % 2 ? 'JANE.DOE@acme.com' : 'jane.doe@acme.com ' }))),
    );
    expect(await getDb().contacts.count()).toBe(1);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
  });

  it('refuses the 301st live contact on the Free plan, but accepts it on Starter', async () => {
    const db = getDb();
    const base = (await upsertByEmail(draft({ email: 'seed@acme.com' }))) as { contact: object };
    const { id: _id, ...template } = base.contact as { id: number };
    await db.contacts.bulkAdd(
      Array.from({ length: 299 }, (_, i) => ({ ...template, email: `p${i}@acme.com` })) as never,
    );
    expect(await db.contacts.count()).toBe(300);
    expect(await upsertByEmail(draft({ email: 'one-too-many@acme.com' }))).toEqual({
      outcome: 'refused',
      reason: 'plan_limit',
      email: 'one-too-many@acme.com',
    });
    // A known contact can still be updated at the limit.
    expect((await upsertByEmail(draft({ email: 'p3@acme.com', phone: '0102030405' }))).outcome).toBe('updated');
    await saveSettings({ plan: 'starter' });
    expect((await upsertByEmail(draft({ email: 'one-too-many@acme.com' }))).outcome).toBe('created');
  });

  it('refuses an email on the suppression list', async () => {
    await getDb().suppression.add({ hash: await emailHash('gone@acme.com'), reason: 'erased', at: 1 });
    expect((await upsertByEmail(draft({ email: 'Gone@Acme.com' }))).outcome).toBe('refused');
  });
});

describe('updateContact', () => {
  it('records edits, stage and status changes in history and marks edited fields', async () => {
    const created = await upsertByEmail(draft());
    if (created.outcome !== 'created') throw new Error('setup');
    const id = created.contact.id;
    const updated = await updateContact(id, { stage: 'Won', status: 'Replied', lastName: 'Doe-Martin' });
    expect(updated.editedFields).toEqual(expect.arrayContaining(['stage', 'status', 'lastName']));
    expect(updated.searchWords).toContain('martin');
    const kinds = (await contactHistory(getDb(), id)).map((h) => h.kind).sort();
    expect(kinds).toEqual(['captured', 'edited', 'stage', 'status']);
  });

  it('refuses an email another contact has', async () => {
    await upsertByEmail(draft({ email: 'a@acme.com' }));
    const b = await upsertByEmail(draft({ email: 'b@acme.com' }));
    if (b.outcome !== 'created') throw new Error('setup');
    await expect(updateContact(b.contact.id, { email: 'A@acme.com' })).rejects.toMatchObject({ code: 'duplicate_email' });
    expect((await findByEmail('b@acme.com'))?.id).toBe(b.contact.id);
  });

  it('refuses an invalid email', async () => {
    const a = await upsertByEmail(draft());
    if (a.outcome !== 'created') throw new Error('setup');
    await expect(updateContact(a.contact.id, { email: 'not an email' })).rejects.toThrow();
  });
});

describe('deleteContacts and recentContacts', () => {
  it('deletes contacts with their history; recent lists newest first', async () => {
    const a = await upsertByEmail(draft({ email: 'a@acme.com' }));
    await new Promise((r) => setTimeout(r, 2));
    await upsertByEmail(draft({ email: 'b@acme.com' }));
    expect((await recentContacts()).map((c) => c.email)).toEqual(['b@acme.com', 'a@acme.com']);
    if (a.outcome !== 'created') throw new Error('setup');
    expect(await deleteContacts([a.contact.id])).toBe(1);
    expect(await getDb().history.where('contactId').equals(a.contact.id).count()).toBe(0);
  });
});
