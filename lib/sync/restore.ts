import Dexie from 'dexie';
import { getDb, type FluenzrDatabase } from '../db/database';
import { searchWordsOf } from '../db/search-words';
import { emailHash } from '../gdpr/hash';
import { HashBook } from '../contacts/hashes';
import { ContactError } from '../contacts/errors';
import { commit, runWrite, type Proposal } from '../contacts/pipeline';
import type { Contact, NewContact } from '../model';
import { addNote } from '../notes/notes';
import type { UnsettledRow } from './apply';
import { fromBody, referencedDocIds, referencedRefs, toBody } from './codec';
import type { Tombstone } from './deletes';
import { docIdsOf } from './ids';
import type { SyncDoc } from './pouch';
import { parseRef, SYNCED_BY_TABLE } from './registry';

/** kv: conflicts the merge rules could not settle, for the user to decide (apply.ts writes them). */
export const UNSETTLED_KEY = 'sync.unsettled';

/** A contact that arrives from the team, as a new local row. */
export function newContactProposal(fields: Partial<Contact>, now = Date.now()): Proposal {
  const after = { editedFields: [], customFields: {}, tags: [], groupIds: [], ...fields, updatedAt: now } as unknown as NewContact;
  after.searchWords = searchWordsOf(after);
  return { after, kind: 'captured', entering: true };
}

/**
 * Contacts deleted by a colleague that this machine changed at or after the
 * delete (its own history or notes say so; pulled changes write no history):
 * listed for the user with what this machine held, read before the delete
 * is applied here.
 */
export async function editedAfterDelete(db: FluenzrDatabase, docs: SyncDoc[]): Promise<UnsettledRow[]> {
  const tombstones = docs.filter((d) => d._deleted && typeof (d as Partial<Tombstone>).gone === 'number') as unknown as Tombstone[];
  if (!tombstones.length) return [];
  const spec = SYNCED_BY_TABLE.get('contacts')!;
  // One read transaction: a colleague's bulk delete of thousands of contacts reads them at once.
  const held = await db.transaction('r', [db.syncIds, db.contacts, db.history, db.notes], async () => {
    const maps = await db.syncIds.bulkGet(tombstones.map((t) => t._id));
    const ids = maps.map((m) => (m ? parseRef(m.ref).key : undefined));
    const contacts = await db.contacts.bulkGet(ids.map((id) => (typeof id === 'number' ? id : 0)));
    return Promise.all(
      tombstones.map(async (tomb, i) => {
        const contact = contacts[i];
        if (!contact) return undefined;
        const gone = tomb.gone!;
        const [changed, notes] = await Promise.all([
          db.history.where('[contactId+at]').between([contact.id, gone], [contact.id, Dexie.maxKey]).count(),
          db.notes.where('contactId').equals(contact.id).filter((n) => n.updatedAt >= gone).toArray(),
        ]);
        return changed || notes.length ? { tomb, contact, ref: maps[i]!.ref, notes: notes.map((n) => n.text) } : undefined;
      }),
    );
  });
  const rows: UnsettledRow[] = [];
  for (const found of held) {
    if (!found) continue;
    const { tomb, contact, ref, notes } = found;
    const groupDocs = await docIdsOf(db, referencedRefs(spec, contact as unknown as Record<string, unknown>));
    rows.push({
      field: 'contact',
      values: [[contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email],
      docId: tomb._id,
      ref,
      reason: 'deleted_edited',
      at: Date.now(),
      edited: { body: toBody(spec, contact as unknown as Record<string, unknown>, (r) => groupDocs.get(r)?.[0] ?? ''), notes, gone: tomb.gone!, ...(tomb.u ? { by: tomb.u } : {}) },
    });
  }
  return rows;
}

/** An erasure always wins: an erased address is never offered back. */
export async function notErased(db: FluenzrDatabase, rows: UnsettledRow[]): Promise<UnsettledRow[]> {
  const kept = [];
  for (const row of rows) {
    const hash = await emailHash(String(row.edited?.body.email ?? ''));
    if ((await db.suppression.get(hash))?.reason !== 'erased') kept.push(row);
  }
  return kept;
}

async function unsettledRows(db: FluenzrDatabase): Promise<UnsettledRow[]> {
  return ((await db.kv.get(UNSETTLED_KEY))?.value as UnsettledRow[] | undefined) ?? [];
}

/**
 * "Restore with my edits": the contact as this machine last edited it comes
 * back as a new contact (a new document: the deleted one stays deleted, so
 * the rule never fires again), through the write pipeline with its rules
 * (an address erased or unsubscribed meanwhile is refused, the plan is
 * checked). The conflict leaves the list once restored.
 */
export async function restoreDeleted(docId: string, at: number, db = getDb()): Promise<Contact> {
  const row = (await unsettledRows(db)).find((r) => r.docId === docId && r.at === at && r.reason === 'deleted_edited');
  if (!row?.edited) throw new ContactError('not_found');
  const spec = SYNCED_BY_TABLE.get('contacts')!;
  const groups = await db.syncIds.bulkGet(referencedDocIds(spec, row.edited.body));
  const keyOf = new Map(groups.flatMap((g) => (g ? [[g.docId, parseRef(g.ref).key] as const] : [])));
  const fields = fromBody(spec, row.edited.body, (id) => keyOf.get(id)) as Partial<Contact>;
  const hashes = new HashBook();
  const contact = await runWrite(async () => {
    if (await db.contacts.where('email').equals(String(fields.email)).first()) throw new ContactError('duplicate_email');
    const result = await commit(db, [newContactProposal(fields)], { hashes, origin: 'team', consent: 'keep-status', room: 'refuse' });
    const refused = result.refused[0];
    if (refused) throw new ContactError(refused.reason);
    await db.kv.put({ key: UNSETTLED_KEY, value: (await unsettledRows(db)).filter((r) => !(r.docId === docId && r.at === at)) });
    return result.written[0]!.contact;
  });
  for (const text of row.edited.notes ?? []) await addNote(contact.id, text);
  return contact;
}
