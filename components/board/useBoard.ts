import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { isFiltered, PAGE_SIZE, type BoardFilter, type ColumnData } from '../../lib/board/query';
import { STAGES, type Contact, type Stage } from '../../lib/model';
import type { SavedSegment } from '../../lib/segments';
import { boardColumn, boardCounts } from '../../lib/service/read-segments';
import { useSavedSegments } from '../hooks/useSegments';

interface FirstBoard {
  pages: Contact[][];
  counts: Record<Stage, number>;
}

let early: Promise<FirstBoard> | undefined;

/**
 * Ask for the unfiltered board's first cards and counts as the page starts,
 * before React's first render: the database opens and reads while the page
 * mounts, instead of after it (the live queries below only start in an effect).
 * The live queries still run and replace these as soon as they answer.
 */
export function startBoardEarly(): void {
  early = Promise.all([Promise.all(STAGES.map((stage) => boardColumn(stage, {}, PAGE_SIZE))), boardCounts({})]).then(([pages, counts]) => ({ pages, counts }));
  // A failed early read shows nothing: the live queries read again and report their own errors.
  early.catch(() => undefined);
}

/** The early answer, once: a board mounted later (back from the capture view) reads live data only. */
function useFirstBoard(): FirstBoard | undefined {
  const [first, setFirst] = useState<FirstBoard>();
  useEffect(() => {
    const pending = early;
    early = undefined;
    let alive = true;
    pending?.then((value) => alive && setFirst(value), () => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return first;
}

/**
 * The six columns, live: any write to the contacts (a capture in another tab,
 * a move) refreshes them. Cards and counts are two queries. Unfiltered, the
 * counts are one read of the maintained counters and come with the cards;
 * filtered, they walk the stages' keys and follow the cards. When the filter
 * changes the previous counts are not shown for the new filter. useLiveQuery
 * keeps the previous pages while new ones load, so the board never blanks.
 */
export function useBoardColumns(filter: BoardFilter, limits: Record<Stage, number>): ColumnData[] | undefined {
  const first = useFirstBoard();
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
  // The early answer stands in only for what it was asked: the unfiltered first pages.
  const start = !isFiltered(filter) && STAGES.every((stage) => limits[stage] === PAGE_SIZE) ? first : undefined;
  const shownPages = pages ?? start?.pages;
  if (!shownPages) return undefined;
  const current = counts ? (counts.filter === filter ? counts.counts : undefined) : start?.counts;
  return STAGES.map((stage, i) => ({ stage, count: current?.[stage], contacts: shownPages[i]! }));
}

/** Saved segments by name, for the segment filter. */
export function useSegments(): SavedSegment[] {
  return useSavedSegments() ?? [];
}
