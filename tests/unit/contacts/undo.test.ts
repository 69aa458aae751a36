import { describe, expect, it } from 'vitest';
import { bulkUpdate } from '../../../lib/contacts/bulk';
import { contactHistory } from '../../../lib/contacts/history';
import { deleteContactsUndoable, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { purgeExpiredUndo, undoAction, UNDO_TTL } from '../../../lib/contacts/undo';
import { getDb } from '../../../lib/db/database';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { suppressionOf } from '../../../lib/gdpr/suppression';
import { draft } from '../helpers/drafts';
import { seedContacts } from '../helpers/seed';

describe('undo of bulk actions and deletes', () => {
  it('unarchives what an archive archived, with history, once', async () => {
    const ids = await seedContacts(4, () => ({ archived: 0 }));
    const { changed, undo } = await bulkUpdate(ids.slice(0, 3), { kind: 'archive' }, 'manual', true);
    expect(changed).toBe(3);
    expect(await undoAction(undo!)).toEqual({ restored: 3, skipped: 0 });
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(0);
    expect((await contactHistory(getDb(), ids[0]!)).map((h) => h.kind)).toEqual(['unarchived', 'archived']);
    await expect(undoAction(undo!)).rejects.toMatchObject({ code: 'undo_expired' });
  });

  it('gives no token when nothing changed, or when not asked', async () => {
    const ids = await seedContacts(2, () => ({ stage: 'Won' }));
    expect((await bulkUpdate(ids, { kind: 'setStage', stage: 'Won' }, 'manual', true)).undo).toBeUndefined();
    expect((await bulkUpdate(ids, { kind: 'setStage', stage: 'Lost' })).undo).toBeUndefined();
  });

  it('puts each stage back, except on a contact whose stage changed since', async () => {
    const ids = await seedContacts(3, (n) => ({ stage: (['Lead', 'Qualified', 'Proposal'] as const)[n] }));
    const { undo } = await bulkUpdate(ids, { kind: 'setStage', stage: 'Won' }, 'manual', true);
    await updateContact(ids[2]!, { stage: 'Lost' });
    // Another field changed since does not block: the edit base applies the stage only.
    await updateContact(ids[1]!, { company: 'Changed' });
    expect(await undoAction(undo!)).toEqual({ restored: 2, skipped: 1 });
    const rows = await getDb().contacts.bulkGet(ids);
    expect(rows.map((c) => c?.stage)).toEqual(['Lead', 'Qualified', 'Lost']);
    expect(rows[1]?.company).toBe('Changed');
  });

  it('removes only the tag the action added, leaving a tag list changed since alone', async () => {
    const ids = await seedContacts(2, () => ({ tags: ['a'] }));
    const { undo } = await bulkUpdate(ids, { kind: 'addTag', tag: 'hot' }, 'manual', true);
    await updateContact(ids[1]!, { tags: ['a', 'hot', 'new'] });
    expect(await undoAction(undo!)).toEqual({ restored: 1, skipped: 1 });
    expect((await getDb().contacts.bulkGet(ids)).map((c) => c?.tags)).toEqual([['a'], ['a', 'hot', 'new']]);
  });

  it('undoes a mistaken bulk unsubscribe without a new consent, lifting the unsubscribe', async () => {
    const created = await upsertByEmail(draft({ email: 'jane@acme.com' }));
    if (created.outcome !== 'created') throw new Error('setup');
    const { undo } = await bulkUpdate([created.contact.id], { kind: 'setStatus', status: 'Unsubscribed' }, 'manual', true);
    expect((await suppressionOf('jane@acme.com'))?.reason).toBe('unsubscribed');
    expect(await undoAction(undo!)).toEqual({ restored: 1, skipped: 0 });
    const back = await getDb().contacts.get(created.contact.id);
    expect(back).toMatchObject({ status: 'Active', consent: created.contact.consent });
    expect(await suppressionOf('jane@acme.com')).toBeUndefined();
  });

  it('restores deleted contacts with their ids and history, through the plan check', async () => {
    const a = await upsertByEmail(draft({ email: 'a@acme.com' }));
    const b = await upsertByEmail(draft({ email: 'b@acme.com' }));
    if (a.outcome !== 'created' || b.outcome !== 'created') throw new Error('setup');
    await updateContact(a.contact.id, { stage: 'Won' });
    const history = await contactHistory(getDb(), a.contact.id);
    const { deleted, undo } = await deleteContactsUndoable([a.contact.id, b.contact.id]);
    expect(deleted).toBe(2);
    expect(await getDb().contacts.count()).toBe(0);
    expect(await undoAction(undo!)).toEqual({ restored: 2, skipped: 0 });
    expect(await getDb().contacts.get(a.contact.id)).toMatchObject({ email: 'a@acme.com', stage: 'Won' });
    expect(await contactHistory(getDb(), a.contact.id)).toEqual(history);
  });

  it('leaves out of a delete undo an address captured again or erased since', async () => {
    const ids = await seedContacts(3);
    const rows = await getDb().contacts.bulkGet(ids);
    const { undo } = await deleteContactsUndoable(ids);
    await upsertByEmail(draft({ email: rows[0]!.email }));
    const again = await upsertByEmail(draft({ email: rows[1]!.email }));
    if (again.outcome !== 'created') throw new Error('setup');
    await eraseContacts([again.contact.id]);
    expect(await undoAction(undo!)).toEqual({ restored: 1, skipped: 2 });
    expect(await getDb().contacts.get(ids[2]!)).toMatchObject({ email: rows[2]!.email });
    expect(await getDb().contacts.where('email').equals(rows[1]!.email).count()).toBe(0);
  });

  it('expires: refused after UNDO_TTL, and the record purged', async () => {
    const ids = await seedContacts(1, () => ({ archived: 0 }));
    const { undo } = await deleteContactsUndoable(ids);
    await expect(undoAction(undo!, Date.now() + UNDO_TTL + 1)).rejects.toMatchObject({ code: 'undo_expired' });
    expect(await purgeExpiredUndo(getDb(), Date.now() + UNDO_TTL + 1)).toBe(1);
    expect(await getDb().kv.where('key').startsWith('undo:').count()).toBe(0);
  });
});

describe('undo keeps the plan rule', () => {
  it('refuses whole the undo of an archive that no longer fits the Free plan', async () => {
    const ids = await seedContacts(300, () => ({ archived: 0 }));
    const { undo } = await bulkUpdate(ids.slice(0, 2), { kind: 'archive' }, 'manual', true);
    await seedContacts(2, (n) => ({ email: `late${n}@acme.com`, archived: 0 }));
    await expect(undoAction(undo!)).rejects.toMatchObject({ code: 'plan_limit' });
    expect(await getDb().contacts.where('archived').equals(1).count()).toBe(2);
  });
});
