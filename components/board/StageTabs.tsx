import { useDroppable } from '@dnd-kit/core';
import { tabTarget } from '../../lib/board/dnd';
import type { ColumnData } from '../../lib/board/query';
import type { Stage } from '../../lib/model';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';

interface Props {
  columns: readonly ColumnData[];
  selected: Stage;
  onSelect: (stage: Stage) => void;
}

/**
 * The stages with their counts. Always visible, so they are the drop targets
 * a narrow panel needs (one column shows at a time) and the keyboard's stops.
 */
export function StageTabs({ columns, selected, onSelect }: Props) {
  const t = useT();
  return (
    <ul aria-label={t('board.stages')} className="grid grid-cols-3 gap-1 @md:grid-cols-6" data-testid="stage-tabs">
      {columns.map((column) => (
        <StageTab key={column.stage} column={column} selected={column.stage === selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function StageTab({ column, selected, onSelect }: { column: ColumnData; selected: boolean; onSelect: (stage: Stage) => void }) {
  const t = useT();
  const tp = usePlural();
  const { setNodeRef, isOver } = useDroppable({ id: tabTarget(column.stage) });
  const name = t(`stage.${column.stage}`);
  return (
    <li ref={setNodeRef}>
      <button
        type="button"
        aria-pressed={selected}
        aria-controls={`column-${column.stage}`}
        aria-label={column.count === undefined ? t('board.stageCounting', { stage: name }) : tp('board.stageCount', column.count, { stage: name })}
        onClick={() => onSelect(column.stage)}
        data-testid={`stage-tab-${column.stage}`}
        className={`flex w-full flex-col items-center rounded-md border px-1 py-1 text-xs transition-colors ${
          isOver
            ? 'border-indigo-500 bg-indigo-100 dark:bg-indigo-900/60'
            : selected
              ? 'border-indigo-300 bg-indigo-50 font-semibold text-indigo-800 dark:border-indigo-700 dark:bg-indigo-900/40 dark:text-indigo-100'
              : 'border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800'
        }`}
      >
        <span className="max-w-full truncate">{name}</span>
        <span className="tabular-nums text-slate-700 dark:text-slate-300" data-testid="stage-count">
          {column.count === undefined ? '…' : column.count.toLocaleString()}
        </span>
      </button>
    </li>
  );
}
