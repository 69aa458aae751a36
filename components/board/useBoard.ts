import { useLiveQuery } from 'dexie-react-hooks';
import { isFiltered, type BoardFilter, type ColumnData } from '../../lib/board/query';
import { STAGES, type Stage } from '../../lib/model';
import type { SavedSegment } from '../../lib/segments';
import { boardColumn, boardCounts } from '../../lib/service/read-segments';
import { useSavedSegments } from '../hooks/useSegments';

/**
 * The six columns, live: any write to the contacts (a capture in another tab,
 * a move) refreshes them. Cards and counts are two queries. Unfiltered, the
 * counts are one read of the maintained counters and come with the cards;
 * filtered, they walk the stages' keys and follow the cards. When the filter
 * changes the previous counts are not shown for the new filter. useLiveQuery
 * keeps the previous pages while new ones load, so the board never blanks.
 */
export function useBoardColumns(filter: BoardFilter, limits: Record<Stage, number>): ColumnData[] | undefined {
  const pages = useLiveQuery(
    () => Promise.all(STAGES.map((stage) => boardColumn(stage, filter, limits[stage]))),
    [filter, limits],
  );
  // Filtered counts are asked only once the pages are in: IndexedDB serves
  // requests in order, and a slow count queued first would hold the cards back.
  const ready = pages !== undefined || !isFiltered(filter);
  const counts = useLiveQuery(
    () => (ready ? boardCounts(filter).then((result) => ({ filter, counts: result })) : undefined),
    [filter, ready],
  );
  if (!pages) return undefined;
  const current = counts?.filter === filter ? counts.counts : undefined;
  return STAGES.map((stage, i) => ({ stage, count: current?.[stage], contacts: pages[i]! }));
}

/** Saved segments by name, for the segment filter. */
export function useSegments(): SavedSegment[] {
  return useSavedSegments() ?? [];
}
