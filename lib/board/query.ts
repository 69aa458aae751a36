import type { FluenzrDatabase } from '../db/database';
import { STAGES, type Contact, type Stage } from '../model';
import { countByStage } from '../contacts/counts';
import { segmentFilter } from '../segments/filter';

/** What the board shows: every live contact, or those with a tag, in a group and/or in a saved segment. */
export interface BoardFilter {
  tag?: string;
  groupId?: number;
  segmentId?: number;
}

export interface ColumnData {
  stage: Stage;
  /** Live contacts in this stage that match the filter; undefined while counting. */
  count: number | undefined;
  /** The newest `limit` of them, most recently updated first. */
  contacts: Contact[];
}

export const PAGE_SIZE = 25;

export function isFiltered(filter: BoardFilter): boolean {
  return Boolean(filter.tag) || filter.groupId !== undefined || filter.segmentId !== undefined;
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
  if (filter.segmentId !== undefined) {
    // A deleted or unreadable segment matches nothing.
    const segment = await segmentFilter(db, filter.segmentId);
    sets.push(segment ? await segment.ids() : new Set());
  }
  const [first, ...rest] = sets;
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

const matches = (filter: BoardFilter) => (contact: Contact) =>
  (!filter.tag || contact.tags.includes(filter.tag)) && (filter.groupId === undefined || contact.groupIds.includes(filter.groupId));

/**
 * The newest `limit` contacts of a stage: a limited index read; filtered, the
 * same index walked newest first until `limit` matches are found.
 */
export async function loadColumnPage(db: FluenzrDatabase, stage: Stage, filter: BoardFilter, limit = PAGE_SIZE): Promise<Contact[]> {
  const newest = stageRange(db, stage).reverse();
  if (!isFiltered(filter)) return newest.limit(limit).toArray();
  // A segment's test may span many fields: its ids (keys only) already hold the answer.
  const ids = filter.segmentId !== undefined ? await filterIds(db, filter) : undefined;
  return newest.filter(ids ? (contact) => ids.has(contact.id) : matches(filter)).limit(limit).toArray();
}

/**
 * Each stage's count: unfiltered, from the maintained counters (one read);
 * filtered, the stage's keys (ids only, no values) meet the filter's ids,
 * which costs time in proportion to the base: the board shows its cards
 * first and the counts when they come.
 */
export async function loadCounts(db: FluenzrDatabase, filter: BoardFilter): Promise<Record<Stage, number>> {
  // No non-Dexie await before the first query: a live query would stop tracking.
  if (!isFiltered(filter)) return countByStage(db, 0);
  const byStage = (counts: number[]) => Object.fromEntries(STAGES.map((stage, i) => [stage, counts[i]!])) as Record<Stage, number>;
  const ids = (await filterIds(db, filter))!;
  const keys = await Promise.all(STAGES.map((stage) => stageRange(db, stage).primaryKeys()));
  return byStage(keys.map((list) => list.filter((id) => ids.has(id)).length));
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
    count: column.count === undefined ? undefined : column.count + notYetIn.length - stillHere,
    contacts: [
      ...notYetIn.map((m) => ({ ...m.contact, stage: m.to })),
      ...column.contacts.filter((c) => !outgoing.has(c.id)),
    ],
    settled: incoming.filter((m) => loaded.has(m.contact.id)).map((m) => m.contact.id),
  };
}
