import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db/database';
import { allTags, loadColumn, type BoardFilter, type ColumnData } from '../../lib/board/query';
import { STAGES, type Group, type Stage } from '../../lib/model';

/**
 * The six columns (counts and first pages), live: any write to the contacts
 * (a capture in another tab, a move) refreshes them. useLiveQuery keeps the
 * previous result while a new filter or page loads, so the board never blanks.
 */
export function useBoardColumns(filter: BoardFilter, limits: Record<Stage, number>): ColumnData[] | undefined {
  return useLiveQuery(
    () => Promise.all(STAGES.map((stage) => loadColumn(getDb(), stage, filter, limits[stage]))),
    [filter, limits],
  );
}

export function useGroups(): Group[] {
  return useLiveQuery(() => getDb().groups.orderBy('name').toArray(), []) ?? [];
}

export function useTags(): string[] {
  return useLiveQuery(() => allTags(getDb()), []) ?? [];
}
