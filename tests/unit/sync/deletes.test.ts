// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { deleteContacts, findByEmail, updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { addNote } from '../../../lib/notes/notes';
import { tombstoneOf } from '../../../lib/sync/deletes';
import { restoreDeleted } from '../../../lib/sync/restore';
import { unsettledConflicts } from '../../../lib/service/read-team';
import { USERS } from '../../support/pouchdb-server';
import { draft } from '../helpers/drafts';
import { serverForThisFile, TestReplica } from './replicas';

vi.hoisted(() => Object.assign(globalThis, { self: globalThis }));

const couch = serverForThisFile();
let teams = 0;

const later = () => new Promise((r) => setTimeout(r, 8));

/** Two machines sharing one contact; `a` deletes it, `b` edits it, each without syncing, in the order given. */
async function deleteMeetsEdit(order: 'edit-then-delete' | 'delete-then-edit', syncFirst: 'a' | 'b', erase = false) {
  const url = await couch.newTeamDb(`deletes-${teams++}`);
  const a = new TestReplica(`da${teams}`, 'alice', USERS.alice, url);
  const b = new TestReplica(`db${teams}`, 'bob', USERS.bob, url);
  await a.enable();
  await b.enable();
  const email = 'deleted.edited@example.com';
  await a.as(() => upsertByEmail(draft({ email })));
  await a.sync();
  await b.sync();
  const onA = (await a.as(() => findByEmail(email)))!;
  const onB = (await b.as(() => findByEmail(email)))!;
  const remove = () => a.as(() => (erase ? eraseContacts([onA.id]) : deleteContacts([onA.id])));
  const edit = () =>
    b.as(async () => {
      await updateContact(onB.id, { title: 'Typed offline', phone: '+33 6 12 34 56 78' });
      if (order === 'delete-then-edit') await addNote(onB.id, 'Called, wants a demo');
    });
  if (order === 'edit-then-delete') {
    await edit();
    await later();
    await remove();
  } else {
    await remove();
    await later();
    await edit();
  }
  const [first, second] = syncFirst === 'a' ? [a, b] : [b, a];
  for (let i = 0; i < 2; i++) {
    await first.sync();
    await second.sync();
  }
  return { a, b, email };
}

/** Each contact document's winning revision, as a replica (or the server) holds it. */
async function winners(pouch: TestReplica['local']): Promise<string> {
  const all = await pouch.changes({ include_docs: true });
  return all.results.filter((r) => r.doc?.type === 'contact').map((r) => `${r.id}@${r.doc!._rev}${r.deleted ? ':deleted' : ''}`).sort().join(',');
}

describe('a delete meeting an edit', () => {
  it('every replica writes the same tombstone: the latest user delete, a merge\'s delete deciding nothing', () => {
    expect(tombstoneOf('contact', [{ gone: 150, u: 'alice' }])).toEqual({ type: 'contact', gone: 150, u: 'alice' });
    expect(tombstoneOf('contact', [{ gone: 50 }, { gone: 120, u: 'carol' }])).toEqual({ type: 'contact', gone: 120, u: 'carol' });
    expect(tombstoneOf('contact', [{}])).toBeUndefined();
    expect(tombstoneOf('contact', [{ gone: 80, u: 'bob' }, { gone: 80, u: 'alice' }])).toEqual(tombstoneOf('contact', [{ gone: 80, u: 'alice' }, { gone: 80, u: 'bob' }]));
  });

  it('an edit made before the delete: deleted on both machines, nothing to decide, whichever syncs first', async () => {
    for (const syncFirst of ['a', 'b'] as const) {
      const { a, b, email } = await deleteMeetsEdit('edit-then-delete', syncFirst);
      for (const m of [a, b]) {
        expect(await m.as(() => findByEmail(email))).toBeUndefined();
        expect(await m.as(unsettledConflicts)).toEqual([]);
      }
      // Every replica and the server hold the same winner: the one tombstone.
      const server = await winners(a.remote());
      expect(server).toMatch(/:deleted$/);
      expect(await winners(a.local)).toBe(server);
      expect(await winners(b.local)).toBe(server);
      await a.dispose();
      await b.dispose();
    }
  }, 60_000);

  it('an edit made after the delete (offline): deleted everywhere, listed on the editing machine only; Restore with my edits brings it back to both', async () => {
    for (const syncFirst of ['a', 'b'] as const) {
      const { a, b, email } = await deleteMeetsEdit('delete-then-edit', syncFirst);
      expect(await a.as(() => findByEmail(email))).toBeUndefined();
      expect(await b.as(() => findByEmail(email))).toBeUndefined();
      expect(await a.as(unsettledConflicts)).toEqual([]);
      const listed = await b.as(unsettledConflicts);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ reason: 'deleted_edited', values: ['Jane Doe'], edited: { by: 'alice', notes: ['Called, wants a demo'], body: { title: 'Typed offline', phone: '+33 6 12 34 56 78' } } });
      const restored = await b.as(() => restoreDeleted(listed[0]!.docId, listed[0]!.at));
      expect(restored).toMatchObject({ email, title: 'Typed offline', phone: '+33 6 12 34 56 78' });
      expect(restored.editedFields).toEqual(expect.arrayContaining(['title', 'phone']));
      expect(await b.as(unsettledConflicts)).toEqual([]);
      await b.sync();
      await a.sync();
      const back = await a.as(() => findByEmail(email));
      expect(back).toMatchObject({ title: 'Typed offline' });
      // The note typed after the delete came back with it.
      expect((await a.db.notes.where('contactId').equals(back!.id).toArray()).map((n) => n.text)).toEqual(['Called, wants a demo']);
      // Restored once: a second try says so.
      await expect(b.as(() => restoreDeleted(listed[0]!.docId, listed[0]!.at))).rejects.toMatchObject({ code: 'not_found' });
      await a.dispose();
      await b.dispose();
    }
  }, 60_000);

  it('an erasure always wins: an edit made after it is not offered back', async () => {
    const { a, b, email } = await deleteMeetsEdit('delete-then-edit', 'b', true);
    expect(await a.as(() => findByEmail(email))).toBeUndefined();
    expect(await b.as(() => findByEmail(email))).toBeUndefined();
    expect(await b.as(unsettledConflicts)).toEqual([]);
    expect((await b.as(() => upsertByEmail(draft({ email })))).outcome).toBe('refused');
    await a.dispose();
    await b.dispose();
  }, 60_000);
});
