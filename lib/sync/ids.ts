import type { FluenzrDatabase } from '../db/database';
import { rowsWhereAnyOf } from '../db/lookup';
import type { SyncIdRow } from './outbox-middleware';
import { refOf } from './registry';

/**
 * Document ids: a random UUID per row, never derived from its content
 * (CouchDB keeps a deleted document's id forever, so an id must not hold an
 * email or a name). When two machines created the same person (or group)
 * apart, the row answers to both ids; the smallest is the one sent (apply.ts
 * deletes the other on the server), so every machine picks the same.
 */
export async function docIdsOf(db: FluenzrDatabase, refs: string[]): Promise<Map<string, string[]>> {
  const rows = await rowsWhereAnyOf<SyncIdRow>(db.syncIds, 'ref', refs);
  const ids = new Map<string, string[]>();
  for (const row of rows) ids.set(row.ref, [...(ids.get(row.ref) ?? []), row.docId].sort());
  return ids;
}

/**
 * The id each ref is sent under, created for those that have none yet; and
 * every id of the refs `alsoAll` (the ids merged into them), read in the
 * same lookup; and the ids created now (no document has them yet). Call in a
 * transaction over syncIds.
 */
export async function ensureDocIds(
  db: FluenzrDatabase,
  refs: string[],
  alsoAll: string[] = [],
): Promise<{ ids: Map<string, string>; all: Map<string, string[]>; created: Set<string> }> {
  const known = await docIdsOf(db, [...refs, ...alsoAll]);
  const out = new Map<string, string>();
  const fresh = [];
  for (const ref of new Set(refs)) {
    const id = known.get(ref)?.[0];
    if (id) out.set(ref, id);
    else {
      const docId = crypto.randomUUID();
      fresh.push({ docId, ref });
      out.set(ref, docId);
    }
  }
  if (fresh.length) await db.syncIds.bulkAdd(fresh);
  const all = new Map(alsoAll.map((ref) => [ref, known.get(ref) ?? (out.has(ref) ? [out.get(ref)!] : [])]));
  return { ids: out, all, created: new Set(fresh.map((f) => f.docId)) };
}

/** The local row a document stands for, by its id. */
export async function refsOfDocs(db: FluenzrDatabase, docIds: string[]): Promise<Map<string, string>> {
  const rows = await db.syncIds.bulkGet(docIds);
  return new Map(rows.flatMap((row) => (row ? [[row.docId, row.ref] as const] : [])));
}

export { refOf };
