import type { LocalPouch, SyncDoc } from './pouch';

/**
 * A contact deleted on one machine while edited on another. CouchDB keeps
 * the edited (live) branch as the winner, so without a rule the contact
 * would come back. The rule, computed from the revision tree alone, so every
 * replica reaches it whatever order revisions arrive in: the user's delete
 * wins, and each live revision is deleted too, with the same tombstone
 * (PouchDB's revisions are deterministic: the replicas write the very same
 * revision). What the user typed is not silently lost: a machine that
 * changed the contact at or after the delete (an offline edit, a note, or
 * the same millisecond) lists it under "Conflicts to decide" with what it
 * held (restore.ts): "Keep deleted" or "Restore with my edits". A
 * delete-leaf without `gone` is a merge's (apply.ts deletes the losing
 * revisions of a conflict): it decides nothing.
 */
export interface Tombstone {
  _id: string;
  _rev: string;
  _deleted: true;
  type?: string;
  /** When the user deleted it (the outbox row's time). */
  gone?: number;
  /** The team user who deleted it. */
  u?: string;
}

export type TombstoneBody = Pick<Tombstone, 'type' | 'gone' | 'u'> & { gone: number };

/** Pure: the tombstone every replica writes over a live revision, from the deleted leaves beside it (none when no user deleted it). */
export function tombstoneOf(type: string | undefined, deletes: Array<Pick<Tombstone, 'gone' | 'u'>>): TombstoneBody | undefined {
  const userDeletes = deletes.filter((d): d is { gone: number; u?: string } => typeof d.gone === 'number');
  if (!userDeletes.length) return undefined;
  // The latest delete, ties broken by the user name: one answer everywhere.
  const last = [...userDeletes].sort((a, b) => b.gone - a.gone || (a.u ?? '').localeCompare(b.u ?? ''))[0]!;
  return { type, gone: last.gone, ...(last.u ? { u: last.u } : {}) };
}

/** Leaf revisions of a change that are neither the winner nor a live conflict: deleted leaves. */
export function deletedLeafRevs(doc: SyncDoc, leafRevs: string[]): string[] {
  const live = new Set([doc._rev, ...(doc._conflicts ?? [])]);
  return leafRevs.filter((rev) => !live.has(rev));
}

/**
 * A live contact document with deleted leaves: when a user's delete is among
 * them, delete the live revision with that delete's tombstone, and return
 * the document as deleted. Undefined when no user delete is in the tree.
 */
export async function settleDelete(pouch: LocalPouch, doc: SyncDoc, leafRevs: string[]): Promise<SyncDoc | undefined> {
  if (doc._deleted || doc.type !== 'contact') return undefined;
  const revs = deletedLeafRevs(doc, leafRevs);
  if (!revs.length) return undefined;
  const leaves = (await pouch.get(doc._id, { open_revs: revs })) as unknown as Array<{ ok?: Tombstone }>;
  const body = tombstoneOf(doc.type, leaves.flatMap((l) => (l.ok?._deleted ? [l.ok] : [])));
  if (!body) return undefined;
  const tombstone = { _id: doc._id, _rev: doc._rev, _deleted: true, ...body };
  const [written] = await pouch.bulkDocs([tombstone as unknown as SyncDoc]);
  return { ...tombstone, _rev: written && 'rev' in written && written.rev ? written.rev : doc._rev } as unknown as SyncDoc;
}
