import Dexie from 'dexie';
import type { FluenzrDatabase } from '../db/database';
import { rowsWhereAnyOf } from '../db/lookup';
import { HashBook } from '../contacts/hashes';
import type { FieldChanges } from '../contacts/merge';
import { commit, removeContacts, runWrite, type Proposal } from '../contacts/pipeline';
import type { Contact } from '../model';
import { fromBody, referencedDocIds, toBody } from './codec';
import { mergeRevisions, nextClock, stableJson, type SyncBody, type Unsettled } from './merge';
import { markPulled } from './outbox-middleware';
import type { LocalPouch, SyncDoc } from './pouch';
import { parseRef, refOf, SYNCED_BY_TABLE, SYNCED_TABLES, type SyncedTable } from './registry';
import type { Replica } from './mirror';
import { settleDelete } from './deletes';
import { editedAfterDelete, newContactProposal, notErased, UNSETTLED_KEY } from './restore';
import { clock, noteStep, timed } from './timings';
import { takeFreshBatch, type FreshBatch } from './fresh-batches';
import { readDoc, storedDoc } from './packed-clock';

/** kv: the local PouchDB's change sequence applied to Dexie so far. */
export const APPLIED_SEQ_KEY = 'sync.appliedSeq';
export { UNSETTLED_KEY };

export interface UnsettledRow extends Unsettled {
  docId: string;
  /** The local contact (or row) concerned, when there is one. */
  ref?: string;
  reason: 'tie' | 'unsubscribed_here' | 'deleted_edited';
  at: number;
  /** deleted_edited: the contact as this machine held it (a document body), its notes written since the delete, and who deleted it when. */
  edited?: { body: Record<string, unknown>; notes: string[]; gone: number; by?: string };
}

export interface ApplyReport {
  applied: number;
  /** Documents this machine refused (an address erased here): deleted on the server too. */
  refused: number;
  unsettled: UnsettledRow[];
}

const BATCH = 2000;

/**
 * Apply what replication brought into the local PouchDB to Dexie, in
 * change order, resuming from the stored sequence. Conflicting revisions are
 * merged (merge.ts) and the result written back, so the server converges.
 * Writes are marked as pulled: the outbox does not send them back.
 */
export async function applyPulled(db: FluenzrDatabase, pouch: LocalPouch, replica: Replica): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, refused: 0, unsettled: [] };
  for (;;) {
    const since = ((await db.kv.get(APPLIED_SEQ_KEY))?.value as number | string | undefined) ?? 0;
    const fresh = await takeFreshBatch(pouch, since);
    const { docs, lastSeq } = fresh ? freshDocs(fresh, replica) : await readFeed(pouch, since, replica, report);
    if (lastSeq === undefined) break;
    // Taken before the deletes are applied: what this machine changed after them.
    const editedHere = await editedAfterDelete(db, docs);
    await timed('apply.write', () => applyDocs(db, pouch, replica, docs, report), () => docs.length);
    report.unsettled.push(...(await notErased(db, editedHere)));
    await db.kv.put({ key: APPLIED_SEQ_KEY, value: lastSeq });
  }
  if (report.unsettled.length) {
    const kept = ((await db.kv.get(UNSETTLED_KEY))?.value as UnsettledRow[] | undefined) ?? [];
    await db.kv.put({ key: UNSETTLED_KEY, value: [...kept, ...report.unsettled].slice(-200) });
  }
  return report;
}

/** A batch the replicator just wrote, every document new here (fresh-batches.ts): as the feed would give it, without reading it back. */
function freshDocs(batch: FreshBatch, replica: Replica): { docs: SyncDoc[]; lastSeq: number } {
  noteStep('apply.fresh', clock(), batch.docs.length);
  const docs = batch.docs.map((d) => readDoc(d)).filter((d) => d._deleted || d.w !== replica.id);
  return { docs, lastSeq: batch.after };
}

/** The next changes after `since`, conflicts merged (undefined lastSeq: none). */
async function readFeed(pouch: LocalPouch, since: number | string, replica: Replica, report: ApplyReport): Promise<{ docs: SyncDoc[]; lastSeq?: number | string }> {
  // all_docs: every leaf, deleted ones included (a delete meeting an edit, deletes.ts).
  const feed = await timed('apply.read', () => pouch.changes({ since, include_docs: true, conflicts: true, style: 'all_docs', limit: BATCH }), (f) => f.results.length);
  if (!feed.results.length) return { docs: [] };
  const docs: SyncDoc[] = [];
  for (const change of feed.results) {
    let doc = change.doc ? readDoc(change.doc as SyncDoc) : undefined;
    if (!doc) continue;
    const ownWrite = !doc._deleted && doc.w === replica.id && !doc._conflicts?.length;
    if (doc._conflicts?.length) doc = await resolveConflict(pouch, doc, report);
    const settled = change.changes.length > 1 ? await settleDelete(pouch, doc, change.changes.map((c) => c.rev)) : undefined;
    if (settled) doc = settled;
    else if (ownWrite) continue; // This machine's own write: already in Dexie.
    docs.push(doc);
  }
  return { docs, lastSeq: feed.last_seq };
}

/**
 * The mirror's own live writes need no apply (their rows are in Dexie
 * already): when they follow the applied sequence directly, with nothing
 * pulled in between (their `count` fills the whole range), the applied
 * sequence moves past them unread. Otherwise the feed reads and skips them.
 * Call where applyPulled cannot run meanwhile (the round lock).
 */
export async function passOwnWrites(db: FluenzrDatabase, pouch: LocalPouch, before: number | string, count: number): Promise<void> {
  const after = (await pouch.info()).update_seq;
  if (typeof before !== 'number' || typeof after !== 'number' || after - before !== count) return;
  const applied = ((await db.kv.get(APPLIED_SEQ_KEY))?.value as number | string | undefined) ?? 0;
  if (applied === before) await db.kv.put({ key: APPLIED_SEQ_KEY, value: after });
}

/**
 * Merge a document's conflicting revisions into its winning one and delete
 * the others. The written body carries no replica (`w: ''`) so every
 * replica that resolves the same conflict writes the same content.
 */
async function resolveConflict(pouch: LocalPouch, doc: SyncDoc, report: ApplyReport): Promise<SyncDoc> {
  const others = await Promise.all(doc._conflicts!.map(async (rev) => readDoc((await pouch.get(doc._id, { rev })) as SyncDoc)));
  const live = [doc, ...others].filter((d) => !d._deleted && d.body);
  const merged = mergeRevisions(live);
  for (const u of merged.unsettled) report.unsettled.push({ ...u, docId: doc._id, reason: 'tie', at: Date.now() });
  const next: SyncDoc = { ...doc, body: merged.body, clock: merged.clock, w: '' };
  delete next._conflicts;
  const changed = stableJson(doc.body) !== stableJson(merged.body) || stableJson(doc.clock) !== stableJson(merged.clock);
  const writes: Array<Partial<SyncDoc>> = others.map((o) => ({ _id: o._id, _rev: o._rev, _deleted: true }));
  if (changed) writes.unshift(storedDoc(next));
  const results = await pouch.bulkDocs(writes as SyncDoc[]);
  const ok = results[0];
  if (changed && ok && 'rev' in ok && ok.rev) next._rev = ok.rev;
  return next;
}

async function applyDocs(db: FluenzrDatabase, pouch: LocalPouch, replica: Replica, docs: SyncDoc[], report: ApplyReport): Promise<void> {
  const deleted = docs.filter((d) => d._deleted);
  for (const spec of SYNCED_TABLES) {
    const mine = docs.filter((d) => !d._deleted && d.type === spec.type && d.body);
    if (!mine.length) continue;
    if (spec.table === 'contacts') await applyContacts(db, pouch, replica, spec, mine, report);
    else await applyRows(db, spec, mine, report);
  }
  if (deleted.length) await applyDeletions(db, deleted);
}

/** Local keys of documents (and of the documents their bodies reference). */
async function localKeys(db: FluenzrDatabase, docIds: string[]): Promise<Map<string, { table: string; key: unknown; ref: string }>> {
  const rows = await db.syncIds.bulkGet([...new Set(docIds)]);
  return new Map(rows.flatMap((row) => (row ? [[row.docId, { ...parseRef(row.ref), ref: row.ref }] as const] : [])));
}

function markThisTransaction(): void {
  markPulled(Dexie.currentTransaction!.idbtrans);
}

async function applyContacts(db: FluenzrDatabase, pouch: LocalPouch, replica: Replica, spec: SyncedTable, docs: SyncDoc[], report: ApplyReport): Promise<void> {
  const hashes = new HashBook();
  const toDelete: SyncDoc[] = [];
  // Every address hashed before the transaction, so it runs once (without them commit stops and retries: NeedHashes).
  await hashes.add(docs.flatMap((d) => (typeof d.body.email === 'string' ? [d.body.email] : [])));
  const outcome = await runWrite(
    async () => {
      markThisTransaction();
      // Into an empty base (a first sync to a new profile) no document can stand for a local contact: only the groups they name are looked up.
      const empty = !(await db.contacts.limit(1).primaryKeys()).length;
      const keys = await localKeys(db, [...(empty ? [] : docs.map((d) => d._id)), ...docs.flatMap((d) => referencedDocIds(spec, d.body))]);
      const localKeyOf = (docId: string) => keys.get(docId)?.key;
      const emails = docs.flatMap((d) => (keys.has(d._id) ? [] : [String(d.body.email)]));
      const { byEmail, mapped } = empty ? { byEmail: new Map<string, Contact>(), mapped: [] } : await localContacts(db, docs, keys, emails);
      const proposals: Proposal[] = [];
      const fresh = new Map<Proposal, SyncDoc>();
      const aliases: Array<{ docId: string; ref: string }> = [];
      const { bodies, followers, skipped } = sameNewAddress(docs, (d) => !keys.has(d._id) && !byEmail.has(String(d.body.email)));
      for (const [i, doc] of docs.entries()) {
        if (skipped.has(doc)) continue;
        let body = bodies.get(doc) ?? doc.body;
        let before = mapped[i];
        if (!before) {
          const twin = byEmail.get(String(body.email));
          if (twin) {
            // Created apart on two machines: one contact, the fields merged by the rules, both ids kept.
            before = twin;
            const ref = refOf('contacts', twin.id);
            aliases.push({ docId: doc._id, ref });
            const mine = toBody(spec, twin as unknown as Record<string, unknown>, () => '');
            const local = { body: mine, clock: nextClock(undefined, mine, twin.updatedAt, replica.id, (f) => twin.editedFields.includes(f)) };
            body = mergeRevisions([local, doc]).body;
          }
        }
        const fields = fromBody(spec, body, localKeyOf) as Partial<Contact>;
        const proposal = pulledProposal(before, fields);
        if (!proposal) continue;
        proposals.push(proposal);
        if (!before) fresh.set(proposal, doc);
      }
      const result = await commit(db, proposals, { hashes, consent: 'keep-status', room: 'partial', history: false, pulled: true });
      const newMaps = result.written.flatMap(({ proposal, contact }) => {
        const doc = fresh.get(proposal);
        if (!doc) return [];
        const ref = refOf('contacts', contact.id);
        const others = followers.get(doc) ?? [];
        if (others.length) aliases.push(...others.map((o) => ({ docId: o._id, ref })));
        return [{ docId: doc._id, ref, by: doc.by }];
      });
      await db.syncIds.bulkPut([...newMaps, ...aliases]);
      // The merged contact is sent again under its smallest id; the other id is deleted there (mirror.ts).
      if (aliases.length) await db.outbox.bulkAdd(aliases.map((a) => ({ ref: a.ref }) as never));
      for (const r of result.refused) {
        const doc = fresh.get(r.proposal);
        if (!doc) continue;
        if (r.suppressedAs === 'erased') toDelete.push(doc);
        else report.unsettled.push({ field: 'email', values: [], docId: doc._id, reason: 'unsubscribed_here', at: Date.now() });
      }
      return result.written.length;
    },
    [db.syncIds, db.outbox],
  );
  report.applied += outcome;
  // An address erased here: the contact goes from the team's base too.
  if (toDelete.length) {
    await pouch.bulkDocs(toDelete.map((d) => ({ _id: d._id, _rev: d._rev, _deleted: true })) as SyncDoc[]);
    report.refused += toDelete.length;
  }
}

/**
 * The local contacts of a batch: by document id (`mapped`, in the order of
 * `docs`) and, for the documents this machine does not know, by address.
 */
async function localContacts(
  db: FluenzrDatabase,
  docs: SyncDoc[],
  keys: Map<string, { key: unknown }>,
  emails: string[],
): Promise<{ byEmail: Map<string, Contact>; mapped: Array<Contact | undefined> }> {
  const byEmail = new Map((await rowsWhereAnyOf<Contact>(db.contacts, 'email', emails)).map((c) => [c.email, c]));
  const known = docs.flatMap((d) => { const key = keys.get(d._id)?.key as number | undefined; return key === undefined ? [] : [key]; });
  const rows = new Map((await db.contacts.bulkGet(known)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return { byEmail, mapped: docs.map((d) => rows.get(keys.get(d._id)?.key as number)) };
}

/**
 * Several documents in one batch for one address this machine does not have
 * (created apart on two machines): the first id carries their merged fields,
 * the others follow it (`followers.get(first)`) and are skipped.
 */
function sameNewAddress(
  docs: SyncDoc[],
  isNew: (doc: SyncDoc) => boolean,
): { bodies: Map<SyncDoc, Record<string, unknown>>; followers: Map<SyncDoc, SyncDoc[]>; skipped: Set<SyncDoc> } {
  const byEmail = new Map<string, SyncDoc[]>();
  for (const doc of docs) if (isNew(doc)) byEmail.set(String(doc.body.email), [...(byEmail.get(String(doc.body.email)) ?? []), doc]);
  const bodies = new Map<SyncDoc, Record<string, unknown>>();
  const followers = new Map<SyncDoc, SyncDoc[]>();
  const skipped = new Set<SyncDoc>();
  for (const list of byEmail.values()) {
    if (list.length < 2) continue;
    const [first, ...others] = [...list].sort((a, b) => (a._id < b._id ? -1 : 1));
    bodies.set(first!, mergeRevisions(list).body);
    followers.set(first!, others);
    for (const other of others) skipped.add(other);
  }
  return { bodies, followers, skipped };
}

/** The proposal that brings a local contact to the pulled fields, or none when they agree. */
function pulledProposal(before: Contact | undefined, fields: Partial<Contact>): Proposal | undefined {
  if (!before) return newContactProposal(fields);
  const after: Record<string, unknown> = { ...before };
  const changes: FieldChanges = {};
  const kept = new Set(['id', 'searchWords', 'sortName', 'sortCompany', 'updatedAt']);
  for (const field of new Set([...Object.keys(before), ...Object.keys(fields)])) {
    if (kept.has(field)) continue;
    const was = (before as Record<string, unknown>)[field];
    const now = (fields as Record<string, unknown>)[field];
    if (stableJson(was) === stableJson(now)) continue;
    changes[field] = [was, now];
    if (now === undefined) delete after[field];
    else after[field] = now;
  }
  if (!Object.keys(changes).length) return undefined;
  return { before, after: after as Contact, kind: 'edited', changes };
}

/** Groups, field definitions, the suppression list, To complete, segments, history: written as they come. */
async function applyRows(db: FluenzrDatabase, spec: SyncedTable, docs: SyncDoc[], report: ApplyReport): Promise<void> {
  const table = db.table(spec.table);
  await db.transaction('rw', [table, db.syncIds, db.outbox, db.kv], async () => {
    markThisTransaction();
    const keys = await localKeys(db, [...docs.map((d) => d._id), ...docs.flatMap((d) => referencedDocIds(spec, d.body))]);
    for (const doc of docs) {
      const fields = fromBody(spec, doc.body, (id) => keys.get(id)?.key);
      if (!fields) continue;
      const known = keys.get(doc._id);
      const twin = !known && spec.natural ? ((await table.where(spec.natural).equals(fields[spec.natural] as string).first()) as Record<string, unknown> | undefined) : undefined;
      if (twin) {
        // The same name (group, segment, field, address) created apart: one row, answering to both ids.
        const ref = refOf(spec.table, twin[spec.key]);
        await db.syncIds.put({ docId: doc._id, ref });
        await db.outbox.add({ ref } as never);
        if (spec.table === 'suppression' && twin.reason !== 'erased' && fields.reason === 'erased') await table.put({ ...twin, ...fields });
        continue;
      }
      if (spec.table === 'suppression' && known) {
        const current = (await table.get(known.key as never)) as { reason?: string } | undefined;
        if (current?.reason === 'erased') continue;
      }
      try {
        if (known) await table.put(spec.autoKey ? { ...fields, [spec.key]: known.key } : fields);
        else {
          const key = await table.add(fields);
          await db.syncIds.put({ docId: doc._id, ref: refOf(spec.table, key) });
        }
        report.applied++;
      } catch (error) {
        // A unique name taken here by another row (renamed on both sides): kept as it is, told to the user.
        if (!(error instanceof Dexie.ConstraintError)) throw error;
        report.unsettled.push({ field: spec.natural ?? spec.key, values: [fields[spec.natural ?? spec.key]], docId: doc._id, reason: 'tie', at: Date.now() });
      }
    }
  });
}

/** Deleted documents: their rows go, unless the row still answers to another id (two ids merged into one). */
async function applyDeletions(db: FluenzrDatabase, docs: SyncDoc[]): Promise<void> {
  const keys = await localKeys(db, docs.map((d) => d._id));
  if (!keys.size) return;
  const refs = [...new Set([...keys.values()].map((k) => k.ref))];
  const holders = await db.syncIds.where('ref').anyOf(refs).toArray();
  const idsPerRef = new Map<string, number>();
  for (const h of holders) idsPerRef.set(h.ref, (idsPerRef.get(h.ref) ?? 0) + 1);
  const gone = new Map<string, unknown[]>();
  for (const { table, key, ref } of keys.values()) {
    if ((idsPerRef.get(ref) ?? 0) > 1) {
      idsPerRef.set(ref, idsPerRef.get(ref)! - 1);
      continue;
    }
    gone.set(table, [...(gone.get(table) ?? []), key]);
  }
  const contactIds = (gone.get('contacts') ?? []) as number[];
  await runWrite(
    async () => {
      markThisTransaction();
      if (contactIds.length) await removeContacts(db, contactIds);
      for (const [table, list] of gone) if (table !== 'contacts' && SYNCED_BY_TABLE.has(table)) await db.table(table).bulkDelete(list as never[]);
      await db.syncIds.bulkDelete([...keys.keys()]);
    },
    [...new Set([...gone.keys()].filter((t) => t !== 'contacts').map((t) => db.table(t))), db.syncIds],
  );
}

export type { SyncBody };
