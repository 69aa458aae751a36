import { describe, expect, it } from 'vitest';
import { updateContact, upsertByEmail } from '../../../lib/contacts/repository';
import { getDb } from '../../../lib/db/database';
import { eraseContacts } from '../../../lib/gdpr/erase';
import { contactDossier } from '../../../lib/gdpr/access';
import { addNote, contactNotes, deleteNote, editNote } from '../../../lib/notes/notes';
import { deleteContacts } from '../../../lib/contacts/repository';
import { NOTE_LIMITS } from '../../../lib/model';
import { draft } from '../helpers/drafts';

async function contactId(email = 'a@acme.com'): Promise<number> {
  const result = await upsertByEmail(draft({ email }));
  if (result.outcome !== 'created') throw new Error('setup');
  return result.contact.id;
}

describe('notes', () => {
  it('adds, lists newest first, edits and deletes, keeping line breaks and dropping hidden controls', async () => {
    const id = await contactId();
    const first = await addNote(id, '  Met at the fair\nWants a demo\u202E ', 1000);
    await addNote(id, 'Sent the deck https://acme.com/deck', 2000);
    expect(first.text).toBe('Met at the fair\nWants a demo');
    expect(first.searchWords).toEqual(['met', 'at', 'the', 'fair', 'wants', 'demo']);
    expect((await contactNotes(getDb(), id)).map((n) => n.createdAt)).toEqual([2000, 1000]);

    const edited = await editNote(first.id, 'Met at the fair in Lyon', 3000);
    expect(edited).toMatchObject({ createdAt: 1000, updatedAt: 3000, text: 'Met at the fair in Lyon' });
    expect(edited.searchWords).toContain('lyon');
    expect(await getDb().notes.where('searchWords').startsWith('lyo').primaryKeys()).toEqual([first.id]);

    expect(await deleteNote(first.id, 4000)).toBe(true);
    expect(await deleteNote(first.id)).toBe(false);
    expect(await getDb().notes.count()).toBe(1);
    // The deletion is on the timeline, without the deleted text.
    const history = await getDb().history.where('contactId').equals(id).toArray();
    expect(history.map((h) => h.kind)).toContain('noteDeleted');
    expect(JSON.stringify(history)).not.toContain('Lyon');
  });

  it('refuses an empty note, a note on a missing contact and a note over the limit, writing nothing', async () => {
    const id = await contactId();
    await expect(addNote(id, ' \n\t ')).rejects.toThrow();
    await expect(addNote(id, 'x'.repeat(NOTE_LIMITS.text + 1))).rejects.toThrow();
    await expect(addNote(999, 'Hello')).rejects.toMatchObject({ code: 'not_found' });
    await getDb().notes.bulkAdd(Array.from({ length: NOTE_LIMITS.perContact }, (_, i) => ({ contactId: id, text: 'n', createdAt: i, updatedAt: i, searchWords: [] })) as never);
    await expect(addNote(id, 'One more')).rejects.toMatchObject({ code: 'note_limit' });
    expect(await getDb().notes.count()).toBe(NOTE_LIMITS.perContact);
  });

  it('go with their contact: an erasure and a delete remove them, other contacts keep theirs', async () => {
    const a = await contactId('a@acme.com');
    const b = await contactId('b@acme.com');
    const c = await contactId('c@acme.com');
    await addNote(a, 'Personal detail about A');
    await addNote(b, 'About B');
    await addNote(c, 'About C');
    expect(await eraseContacts([a])).toBe(1);
    expect(await deleteContacts([c])).toBe(1);
    expect((await getDb().notes.toArray()).map((n) => n.contactId)).toEqual([b]);
    expect(JSON.stringify(await getDb().notes.toArray())).not.toContain('Personal detail');
  });

  it('are in the access export, with the next step', async () => {
    const id = await contactId();
    await addNote(id, 'Prefers email');
    await updateContact(id, { nextStep: { text: 'Send pricing', dueAt: 1_900_000_000_000 } });
    const dossier = JSON.stringify(await contactDossier(id));
    expect(dossier).toContain('Prefers email');
    expect(dossier).toContain('Send pricing');
  });
});

describe('next step', () => {
  it('is written through the edit path, indexed while live, recorded in the history, and cleared by null', async () => {
    const id = await contactId();
    const dueAt = 1_900_000_000_000;
    const saved = await updateContact(id, { nextStep: { text: ' Call back ', dueAt } });
    expect(saved.nextStep).toEqual({ text: 'Call back', dueAt });
    expect(await getDb().contacts.where('nextDueAt').equals(dueAt).primaryKeys()).toEqual([id]);
    const history = await getDb().history.where('contactId').equals(id).toArray();
    expect(history.at(-1)).toMatchObject({ kind: 'edited', changes: { nextStep: [undefined, { text: 'Call back', dueAt }] } });

    const done = await updateContact(id, { nextStep: null });
    expect(done.nextStep).toBeUndefined();
    expect((await getDb().contacts.get(id))!.nextDueAt).toBeUndefined();
    expect(await getDb().contacts.where('nextDueAt').above(0).count()).toBe(0);
  });

  it('of an archived contact leaves the index, and comes back when it is unarchived', async () => {
    const id = await contactId();
    await updateContact(id, { nextStep: { text: 'Follow up', dueAt: 5 } });
    await getDb().contacts.update(id, { archived: 1 });
    expect(await getDb().contacts.where('nextDueAt').above(-1).count()).toBe(0);
    await getDb().contacts.update(id, { archived: 0 });
    expect(await getDb().contacts.where('nextDueAt').equals(5).count()).toBe(1);
  });

  it('refuses an empty text or a negative due time', async () => {
    const id = await contactId();
    await expect(updateContact(id, { nextStep: { text: '  ', dueAt: 5 } })).rejects.toThrow();
    await expect(updateContact(id, { nextStep: { text: 'x', dueAt: -1 } })).rejects.toThrow();
    expect((await getDb().contacts.get(id))!.nextStep).toBeUndefined();
  });
});

describe('quick search', () => {
  it('finds a contact by the words of its notes, after name matches', async () => {
    const { quickSearch } = await import('../../../lib/popup/search');
    const a = await contactId('a@acme.com');
    await contactId('lyon@acme.com');
    await addNote(a, 'Rencontrée au salon de Lyon, veut une démo');
    const found = await quickSearch(getDb(), 'lyon');
    expect(found.map((c) => c.email)).toEqual(['lyon@acme.com', 'a@acme.com']);
    expect((await quickSearch(getDb(), 'demo salon')).map((c) => c.email)).toEqual(['a@acme.com']);
    expect(await quickSearch(getDb(), 'demo paris')).toEqual([]);
  });
});
