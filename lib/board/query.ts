import type { FluenzrDatabase } from '../db/database';
import type { Contact, Stage } from '../model';

/** What the board shows: every live contact, or those with a tag and/or in a group. */
export interface BoardFilter {
  tag?: string;
  groupId?: number;
}

export interface ColumnData {
  stage: Stage;
  /** Live contacts in this stage that match the filter. */
  count: number;
  /** The newest `limit` of them, most recently updated first. */
  contacts: Contact[];
}

export const PAGE_SIZE = 25;

export function isFiltered(filter: BoardFilter): boolean {
  return Boolean(filter.tag) || filter.groupId !== undefined;
}

/** Live contacts of a stage, newest first, on the [archived+stage+updatedAt] index. */
function stageRange(db: FluenzrDatabase, stage: Stage) {
  return db.contacts.where('[archived+stage+updatedAt]').between([0, stage, -Infinity], [0, stage, Infinity]);
}

/**
 * The ids matching the filter, read from the multi-entry indexes as keys only
 * (no contact is loaded). Undefined when there is no filter.
 */
export async function filterIds(db: FluenzrDatabase, filter: BoardFilter): Promise<Set<number> | undefined> {
  if (!isFiltered(filter)) return undefined;
  const sets: Array<Set<number>> = [];
  if (filter.tag) sets.push(new Set(await db.contacts.where('tags').equals(filter.tag).primaryKeys()));
  if (filter.groupId !== undefined) sets.push(new Set(await db.contacts.where('groupIds').equals(filter.groupId).primaryKeys()));
  const [first, ...rest] = sets;
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * One column: its count and its first page. Unfiltered, the count is an index
 * count and the page a limited index read. Filtered, the column's keys (ids in
 * index order, no values) are intersected with the filter's ids and only the
 * page is fetched.
 */
export async function loadColumn(db: FluenzrDatabase, stage: Stage, filter: BoardFilter, limit = PAGE_SIZE): Promise<ColumnData> {
  if (!isFiltered(filter)) {
    const [count, contacts] = await Promise.all([
      db.contacts.where('[archived+stage]').equals([0, stage]).count(),
      stageRange(db, stage).reverse().limit(limit).toArray(),
    ]);
    return { stage, count, contacts };
  }
  const ids = (await filterIds(db, filter))!;
  if (ids.size === 0) return { stage, count: 0, contacts: [] };
  const ordered = (await stageRange(db, stage).reverse().primaryKeys()).filter((id) => ids.has(id));
  const page = await db.contacts.bulkGet(ordered.slice(0, limit));
  return { stage, count: ordered.length, contacts: page.filter((c): c is Contact => c !== undefined) };
}

/** Every tag in use, from the tags index (unique keys only). */
export async function allTags(db: FluenzrDatabase): Promise<string[]> {
  return (await db.contacts.orderBy('tags').uniqueKeys()).map(String);
}

/** A card being moved: shown in its new column until the database says so too. */
export interface PendingMove {
  contact: Contact;
  from: Stage;
  to: Stage;
}

/**
 * What a column shows while moves are in flight: cards moving in are added on
 * top, cards moving out hidden, and the count corrected until the live data
 * reflects the move.
 */
export function withPendingMoves(column: ColumnData, moves: readonly PendingMove[]): ColumnData & { settled: number[] } {
  const loaded = new Set(column.contacts.map((c) => c.id));
  const incoming = moves.filter((m) => m.to === column.stage);
  const outgoing = new Set(moves.filter((m) => m.from === column.stage && m.to !== column.stage).map((m) => m.contact.id));
  const notYetIn = incoming.filter((m) => !loaded.has(m.contact.id));
  const stillHere = column.contacts.filter((c) => outgoing.has(c.id)).length;
  return {
    stage: column.stage,
    count: column.count + notYetIn.length - stillHere,
    contacts: [
      ...notYetIn.map((m) => ({ ...m.contact, stage: m.to })),
      ...column.contacts.filter((c) => !outgoing.has(c.id)),
    ],
    settled: incoming.filter((m) => loaded.has(m.contact.id)).map((m) => m.contact.id),
  };
}
