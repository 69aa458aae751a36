import { useDroppable } from '@dnd-kit/core';
import { useEffect, useRef } from 'react';
import { columnTarget } from '../../lib/board/dnd';
import { PAGE_SIZE, type ColumnData } from '../../lib/board/query';
import type { Group } from '../../lib/model';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { BoardCard } from './BoardCard';

interface Props {
  column: ColumnData;
  groups: ReadonlyMap<number, Group>;
  filtered: boolean;
  /** Shown in a narrow panel, where one column is visible at a time. */
  selected: boolean;
  onMore: () => void;
}

/** One stage: its cards, newest first, loaded a page at a time as the list scrolls. */
export function BoardColumn({ column, groups, filtered, selected, onMore }: Props) {
  const t = useT();
  const tp = usePlural();
  const { stage, count, contacts } = column;
  const { setNodeRef, isOver } = useDroppable({ id: columnTarget(stage) });
  const stageName = t(`stage.${stage}`);
  // While counting, a full last page means there may be more.
  const left = count === undefined ? undefined : count - contacts.length;
  const more = left === undefined ? contacts.length > 0 && contacts.length % PAGE_SIZE === 0 : left > 0;
  return (
    <section
      ref={setNodeRef}
      id={`column-${stage}`}
      aria-label={count === undefined ? t('board.stageCounting', { stage: stageName }) : tp('board.stageCount', count, { stage: stageName })}
      aria-busy={count === undefined}
      data-testid={`column-${stage}`}
      className={`${selected ? 'flex' : 'hidden @3xl:flex'} min-h-0 min-w-0 flex-1 flex-col rounded-lg bg-slate-50 p-2 dark:bg-slate-800/50 ${isOver ? 'ring-2 ring-indigo-400' : ''}`}
    >
      <h3 className="mb-2 flex items-baseline justify-between text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {stageName}
        <span data-testid="column-count">{count === undefined ? '…' : count.toLocaleString()}</span>
      </h3>
      <ul className="min-h-0 flex-1 space-y-1.5 overflow-y-auto pb-2">
        {contacts.map((contact) => (
          <BoardCard key={contact.id} contact={contact} groups={groups} />
        ))}
        {contacts.length === 0 && (
          <li className="rounded border border-dashed border-slate-300 p-3 text-xs text-slate-500 dark:border-slate-600 dark:text-slate-400">
            {filtered ? t('board.column.emptyFiltered', { stage: stageName }) : t('board.column.empty', { stage: stageName })}
          </li>
        )}
        {more && (
          <li>
            <MoreButton onMore={onMore} label={left === undefined ? t('board.column.moreAny') : t('board.column.more', { left: left.toLocaleString() })} />
          </li>
        )}
      </ul>
    </section>
  );
}

/** Loads the next page when scrolled into view, or when pressed. */
function MoreButton({ onMore, label }: { onMore: () => void; label: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const latest = useRef(onMore);
  useEffect(() => {
    latest.current = onMore;
  });
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return (
    <button
      ref={ref}
      type="button"
      onClick={onMore}
      data-testid="column-more"
      className="w-full rounded py-1 text-xs text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-900/30"
    >
      {label}
    </button>
  );
}
