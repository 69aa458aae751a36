import { countByStage } from '../contacts/counts';
import type { ContactSort } from '../contacts/query-model';
import type { FluenzrDatabase } from '../db/database';
import { STAGES, type Contact, type Stage } from '../model';
import { countSegment, matchingIds } from '../segments/query';
import { readSegment } from '../segments/reader';
import type { ResolveMemo } from '../segments/resolve';
import type { Segment } from '../segments/schema';
import { loadSegment } from '../segments/store';

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

/**
 * The board's filter as segment criteria: live contacts, in `stage` when
 * given, with the tag, in the group and in the saved segment (`saved`, read
 * by the caller; null when the filter names one that does not exist, and
 * then nothing matches: this returns null).
 */
export function boardFilterToSegment(filter: BoardFilter, saved?: Segment | null, stage?: Stage): Segment | null {
  if (filter.segmentId !== undefined && !saved) return null;
  const children: Segment['children'] = [{ type: 'condition', field: 'archived', op: 'equals', value: false }];
  if (stage) children.push({ type: 'condition', field: 'stage', op: 'equals', value: stage });
  if (filter.tag) children.push({ type: 'condition', field: 'tag', op: 'equals', value: filter.tag });
  if (filter.groupId !== undefined) children.push({ type: 'condition', field: 'group', op: 'equals', value: filter.groupId });
  if (filter.segmentId !== undefined && saved) children.push(saved);
  return { type: 'group', match: 'all', children };
}

/**
 * The filter's saved segment: undefined when it names none (then nothing is
 * awaited: a live query must start on a Dexie read), null when it cannot be read.
 */
function savedOf(db: FluenzrDatabase, filter: BoardFilter): Promise<Segment | null> | undefined {
  return filter.segmentId === undefined ? undefined : loadSegment(db, filter.segmentId).then((saved) => saved?.segment ?? null);
}

const NEWEST: ContactSort = { field: 'updatedAt', direction: 'desc' };

/**
 * The ids of live and archived contacts matching the filter, read from the
 * indexes as keys only (no contact is loaded). Undefined when there is no filter.
 */
export async function filterIds(db: FluenzrDatabase, filter: BoardFilter): Promise<Set<number> | undefined> {
  if (!isFiltered(filter)) return undefined;
  const saved = savedOf(db, filter);
  const segment = boardFilterToSegment(filter, saved && (await saved));
  // Without its "live" condition: the board's columns add it themselves.
  return segment ? matchingIds(db, { ...segment, children: segment.children.slice(1) }) : new Set();
}

/** The newest `limit` live contacts of a stage that match the filter (the one reader, on [archived+stage+updatedAt]). */
export async function loadColumnPage(db: FluenzrDatabase, stage: Stage, filter: BoardFilter, limit = PAGE_SIZE): Promise<Contact[]> {
  const saved = savedOf(db, filter);
  const segment = boardFilterToSegment(filter, saved && (await saved), stage);
  return segment ? (await readSegment(db, segment, NEWEST)).page(0, limit) : [];
}

/**
 * Each stage's count: unfiltered, from the maintained counters (one read);
 * filtered, the one reader per stage, sharing the filter's index reads
 * (the board shows its cards first and the counts when they come).
 */
export async function loadCounts(db: FluenzrDatabase, filter: BoardFilter): Promise<Record<Stage, number>> {
  // No non-Dexie await before the first query: a live query would stop tracking.
  if (!isFiltered(filter)) return countByStage(db, 0);
  const pending = savedOf(db, filter);
  const saved = pending && (await pending);
  const memo: ResolveMemo = new Map();
  const counts = await Promise.all(
    STAGES.map((stage) => {
      const segment = boardFilterToSegment(filter, saved, stage);
      return segment ? countSegment(db, segment, undefined, memo) : 0;
    }),
  );
  return Object.fromEntries(STAGES.map((stage, i) => [stage, counts[i]!])) as Record<Stage, number>;
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
