import type { FluenzrDatabase } from '../db/database';
import { referencedRefs, toBody } from './codec';
import { ensureDocIds } from './ids';
import { nextClock, stableJson, type SyncBody } from './merge';
import type { OutboxRow } from './outbox-middleware';
import type { LocalPouch, SyncDoc } from './pouch';
import { parseRef, SYNCED_BY_TABLE } from './registry';
import { timed } from './timings';
import { passOwnWrites } from './apply';
import { readDoc, storedDoc } from './packed-clock';

export interface Replica {
  /** This database's random id (kv), in clocks and revisions. */
  id: string;
  /** The CouchDB user: "captured by". */
  user: string;
}

const BATCH = 2000;

/** Fields the user typed on a contact: their clock says so, and a merge keeps them over captured values. */
function typedOf(table: string, row: Record<string, unknown>): (field: string) => boolean {
  const edited = new Set(table === 'contacts' ? ((row.editedFields as string[] | undefined) ?? []) : []);
  return (field) => edited.has(field);
}

/**
 * Drain the outbox into the local PouchDB, oldest first: each changed row is
 * written as its document (or the document deleted), with the clock of the
 * fields that changed. A row whose document already says the same is
 * skipped, so running again after a crash between the two writes is
 * harmless. Returns the number of documents written.
 */
export async function mirrorOutbox(db: FluenzrDatabase, pouch: LocalPouch, replica: Replica, now = Date.now): Promise<number> {
  let written = 0;
  for (;;) {
    const rows = await db.outbox.orderBy('seq').limit(BATCH).toArray();
    if (!rows.length) return written;
    const refs = [...new Set(rows.map((r) => r.ref))];
    const batch = await timed('mirror.dexie', () => db.transaction('rw', [db.syncIds, ...[...new Set(refs.map((r) => parseRef(r).table))].map((t) => db.table(t))], async () => {
      const current = await rowsOf(db, refs);
      const live = refs.filter((_, i) => current[i]);
      const pointed = current.flatMap((row, i) => (row ? referencedRefs(SYNCED_BY_TABLE.get(parseRef(refs[i]!).table)!, row) : []));
      const { ids, all, created } = await ensureDocIds(db, [...live, ...pointed], refs);
      return { created, docs: refs.map((ref, i) => ({ ref, row: current[i], docIds: all.get(ref) ?? [], ids, goneAt: goneAtOf(rows, ref) })) };
    }));
    const { created, docs } = batch;
    // An id created just now has no document yet: only the others are read (a first upload reads none).
    const allIds = docs.flatMap((d) => d.docIds).filter((id) => !created.has(id));
    const existing = allIds.length ? (await timed('mirror.read', () => pouch.allDocs({ keys: allIds, include_docs: true }))).rows : [];
    const byId = new Map(existing.flatMap((r) => ('doc' in r && r.doc ? [[r.id, readDoc(r.doc as SyncDoc)] as const] : [])));
    const out: Array<Partial<SyncDoc>> = [];
    for (const { ref, row, docIds, ids, goneAt } of docs) {
      const { table } = parseRef(ref);
      const spec = SYNCED_BY_TABLE.get(table)!;
      if (!row) {
        // A contact's tombstone says when and by whom: a delete meeting an edit is decided by it (deletes.ts).
        const stamp = table === 'contacts' ? { type: spec.type, gone: goneAt ?? now(), u: replica.user } : {};
        for (const id of docIds) {
          const doc = byId.get(id);
          if (doc) out.push({ _id: id, _rev: doc._rev, _deleted: true, ...stamp } as Partial<SyncDoc>);
        }
        continue;
      }
      const [id, ...merged] = docIds as [string, ...string[]];
      // Ids merged into this row (created apart on two machines): their documents go, the row lives on under the smallest id.
      for (const other of merged) {
        const doc = byId.get(other);
        if (doc) out.push({ _id: other, _rev: doc._rev, _deleted: true });
      }
      const previous = byId.get(id);
      const body = toBody(spec, row, (r) => ids.get(r)!);
      if (previous && stableJson(previous.body) === stableJson(body)) continue;
      const at = typeof row.updatedAt === 'number' ? row.updatedAt : now();
      const doc: SyncBody = {
        type: spec.type,
        body,
        clock: nextClock(previous, body, at, replica.id, typedOf(table, row)),
        by: previous?.by ?? replica.user,
        w: replica.id,
      };
      out.push(storedDoc({ _id: id, ...(previous ? { _rev: previous._rev } : {}), ...doc }));
    }
    if (out.length) {
      const seqBefore = (await pouch.info()).update_seq;
      const results = await timed('mirror.write', () => pouch.bulkDocs(out as SyncDoc[]), () => out.length);
      const failed = results.filter((r) => 'error' in r && r.error);
      // A document changed under us (a pull between the read and the write): the outbox keeps its rows, the next round retries.
      if (failed.length) throw new Error(`mirror_conflict:${failed.length}`);
      written += out.length;
      if (out.every((d) => !d._deleted)) await passOwnWrites(db, pouch, seqBefore, out.length);
    }
    // The batch is the oldest rows, so its range holds nothing else: one range delete, not one request per row.
    await db.outbox.where('seq').between(rows[0]!.seq, rows.at(-1)!.seq, true, true).delete();
  }
}

/** The rows `refs` stand for (undefined: deleted since), one bulkGet per table. */
async function rowsOf(db: FluenzrDatabase, refs: string[]): Promise<Array<Record<string, unknown> | undefined>> {
  const byTable = new Map<string, number[]>();
  const parsed = refs.map(parseRef);
  parsed.forEach(({ table }, i) => {
    const list = byTable.get(table);
    if (list) list.push(i);
    else byTable.set(table, [i]);
  });
  const rows: Array<Record<string, unknown> | undefined> = new Array(refs.length);
  for (const [table, indexes] of byTable) {
    const found = await db.table(table).bulkGet(indexes.map((i) => parsed[i]!.key as never));
    indexes.forEach((i, j) => (rows[i] = found[j] as Record<string, unknown> | undefined));
  }
  return rows;
}

/** The time of a ref's latest delete among the outbox rows. */
function goneAtOf(rows: OutboxRow[], ref: string): number | undefined {
  const times = rows.flatMap((r) => (r.ref === ref && r.at !== undefined ? [r.at] : []));
  return times.length ? Math.max(...times) : undefined;
}

/** Put every row of the synced tables in the outbox: the first sync of a base that existed before sync was on. */
export async function enqueueAll(db: FluenzrDatabase): Promise<number> {
  let count = 0;
  for (const spec of SYNCED_BY_TABLE.values()) {
    const keys = await db.table(spec.table).toCollection().primaryKeys();
    for (let i = 0; i < keys.length; i += 10_000) {
      await db.outbox.bulkAdd(keys.slice(i, i + 10_000).map((key) => ({ ref: `${spec.table}:${JSON.stringify(key)}` }) as never));
    }
    count += keys.length;
  }
  return count;
}
