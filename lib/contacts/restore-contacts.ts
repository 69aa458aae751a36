import type { FluenzrDatabase } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import type { Contact, HistoryEntry, Note } from '../model';
import { noteWords } from '../notes/words';
import type { HashBook } from './hashes';
import { commit } from './pipeline';

const CHUNK = 2000;

export interface RestoredContacts {
  restored: number;
  /** Left out: the address is on the suppression list (erased or unsubscribed here, or in the backup's own list). */
  suppressed: string[];
}

/**
 * A backup's contacts and their history, through the write pipeline, inside
 * the restore's transaction (call after the backup's suppression entries are
 * merged in, so its own erasures count). `keepIds`: replace mode, ids as in
 * the file; otherwise new ids, and the history follows them.
 */
export async function restoreContacts(
  db: FluenzrDatabase,
  contacts: Contact[],
  history: HistoryEntry[],
  options: { hashes: HashBook; keepIds: boolean; notes?: Note[] },
): Promise<RestoredContacts> {
  const out: RestoredContacts = { restored: 0, suppressed: [] };
  const ids = new Map<number, number>();
  for (let i = 0; i < contacts.length; i += CHUNK) {
    const chunk = contacts.slice(i, i + CHUNK);
    // An email captured since the dry run fails the unique index: the whole restore rolls back.
    const proposals = chunk.map((contact) => {
      const { id, ...rest } = contact;
      const after = { ...(options.keepIds ? contact : rest), searchWords: searchWordsOf(contact) };
      return { after, kind: 'imported' as const, entering: true, ref: id };
    });
    // The backup brings each contact's own history (below), ids kept in replace mode: a restore round-trips exactly.
    const result = await commit(db, proposals, { hashes: options.hashes, consent: 'refuse', room: 'refuse', history: false });
    for (const { proposal, contact } of result.written) ids.set(proposal.ref!, contact.id);
    out.suppressed.push(...result.refused.map((r) => r.proposal.after.email));
    out.restored += result.written.length;
  }
  const kept = history.flatMap(({ id, ...entry }) =>
    ids.has(entry.contactId) ? [{ ...entry, ...(options.keepIds ? { id } : {}), contactId: ids.get(entry.contactId)! }] : [],
  );
  for (let i = 0; i < kept.length; i += CHUNK) await db.history.bulkAdd(kept.slice(i, i + CHUNK) as HistoryEntry[]);
  // Notes follow their contact like the history; their search words are derived again, never trusted from the file.
  const notes = (options.notes ?? []).flatMap(({ id, ...note }) =>
    ids.has(note.contactId) ? [{ ...note, ...(options.keepIds ? { id } : {}), contactId: ids.get(note.contactId)!, searchWords: noteWords(note.text) }] : [],
  );
  for (let i = 0; i < notes.length; i += CHUNK) await db.notes.bulkAdd(notes.slice(i, i + CHUNK) as Note[]);
  return out;
}

/** Replace mode: every contact, its history and notes go, inside the restore's transaction. */
export async function clearContacts(db: FluenzrDatabase): Promise<void> {
  await Promise.all([db.contacts.clear(), db.history.clear(), db.notes.clear()]);
}
