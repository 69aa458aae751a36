import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db/database';
import { loadColumnPage, loadCounts, type BoardFilter, type ColumnData } from '../../lib/board/query';
import { allTags } from '../../lib/contacts/tags';
import { STAGES, type Group, type Stage } from '../../lib/model';
import { listSegments, type SavedSegment } from '../../lib/segments';

/**
 * The six columns, live: any write to the contacts (a capture in another tab,
 * a move) refreshes them. Cards and counts are two queries: the first pages
 * come in milliseconds, the counts (which walk whole indexes) follow. When
 * the filter changes the previous counts are not shown for the new filter.
 * useLiveQuery keeps the previous pages while new ones load, so the board never blanks.
 */
export function useBoardColumns(filter: BoardFilter, limits: Record<Stage, number>): ColumnData[] | undefined {
  const pages = useLiveQuery(
    () => Promise.all(STAGES.map((stage) => loadColumnPage(getDb(), stage, filter, limits[stage]))),
    [filter, limits],
  );
  // Asked only once the pages are in: IndexedDB serves requests in order, and
  // a count queued first would hold the cards back.
  const loaded = pages !== undefined;
  const counts = useLiveQuery(
    () => (loaded ? loadCounts(getDb(), filter).then((result) => ({ filter, counts: result })) : undefined),
    [filter, loaded],
  );
  if (!pages) return undefined;
  const current = counts?.filter === filter ? counts.counts : undefined;
  return STAGES.map((stage, i) => ({ stage, count: current?.[stage], contacts: pages[i]! }));
}

export function useGroups(): Group[] {
  return useLiveQuery(() => getDb().groups.orderBy('name').toArray(), []) ?? [];
}

/** Every tag in use; `enabled` lets a screen ask for them after its first data. */
export function useTags(enabled = true): string[] {
  return useLiveQuery(() => (enabled ? allTags(getDb()) : undefined), [enabled]) ?? [];
}

/** Saved segments by name, for the segment filter. */
export function useSegments(): SavedSegment[] {
  return useLiveQuery(() => listSegments(getDb()), []) ?? [];
}
