import { runWrite } from '../contacts/pipeline';
import { ContactError } from '../contacts/errors';
import { historyEntry } from '../contacts/history';
import type { FluenzrDatabase } from '../db/database';
import { NOTE_LIMITS, NoteTextSchema, type HistoryEntry, type Note } from '../model';
import { noteWords } from './words';

/**
 * The one writer of notes: add, edit, delete, each in one runWrite
 * transaction (the contact tables and notes). A deletion leaves a history
 * entry without the text: the user removed it, the timeline says so.
 * Seam for team sync (issue 20): its outbox rows for notes go in these same
 * transactions, next to each write below.
 */

export function contactNotes(db: FluenzrDatabase, contactId: number, limit: number = NOTE_LIMITS.perContact): Promise<Note[]> {
  return db.notes.where('[contactId+createdAt]').between([contactId, -Infinity], [contactId, Infinity]).reverse().limit(limit).toArray();
}

export async function addNote(contactId: number, rawText: string, now = Date.now()): Promise<Note> {
  const text = NoteTextSchema.parse(rawText);
  return runWrite(async (db) => {
    if (!(await db.contacts.get(contactId))) throw new ContactError('not_found');
    const held = await db.notes.where('[contactId+createdAt]').between([contactId, -Infinity], [contactId, Infinity]).count();
    if (held >= NOTE_LIMITS.perContact) throw new ContactError('note_limit');
    const note: Omit<Note, 'id'> = { contactId, text, createdAt: now, updatedAt: now, searchWords: noteWords(text) };
    const id = (await db.notes.add(note as Note)) as number;
    return { ...note, id };
  });
}

export async function editNote(id: number, rawText: string, now = Date.now()): Promise<Note> {
  const text = NoteTextSchema.parse(rawText);
  return runWrite(async (db) => {
    const note = await db.notes.get(id);
    if (!note) throw new ContactError('not_found');
    if (note.text === text) return note;
    const next: Note = { ...note, text, updatedAt: Math.max(now, note.updatedAt + 1), searchWords: noteWords(text) };
    await db.notes.put(next);
    return next;
  });
}

export async function deleteNote(id: number, now = Date.now()): Promise<boolean> {
  return runWrite(async (db) => {
    const note = await db.notes.get(id);
    if (!note) return false;
    await db.notes.delete(id);
    await db.history.add(historyEntry(note.contactId, 'noteDeleted', undefined, undefined, now) as HistoryEntry);
    return true;
  });
}
