import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';
import { boardCollisions, stageKeyboardCoordinates, stageOfTarget } from '../../lib/board/dnd';
import { isFiltered, PAGE_SIZE, withPendingMoves, type BoardFilter, type PendingMove } from '../../lib/board/query';
import { moveContactStage, updateContact } from '../../lib/service/contacts';
import { displayName, STAGES, type Contact, type Stage } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';
import { boardAnnouncements, boardInstructions } from './announcements';
import { BoardColumn } from './BoardColumn';
import { DraggedCard } from './BoardCard';
import { BoardFilters } from './BoardFilters';
import { BoardSkeleton } from './BoardSkeleton';
import { StageTabs } from './StageTabs';
import { useGroups, useTags } from '../hooks/useCatalog';
import { useUndoToast } from '../hooks/useUndoToast';
import { useBoardColumns, useSegments } from './useBoard';

const FIRST_PAGES = Object.fromEntries(STAGES.map((s) => [s, PAGE_SIZE])) as Record<Stage, number>;

/**
 * The pipeline: stage tabs with counts, filters, and the columns (one at a
 * time when narrow). `onLoaded` fires once the first cards are in, so the page
 * can start slower reads (the plan usage count) without delaying them.
 */
export function Board({ onLoaded }: { onLoaded?: () => void }) {
  const t = useT();
  const [filter, setFilter] = useState<BoardFilter>({});
  const [limits, setLimits] = useState(FIRST_PAGES);
  const [selected, setSelected] = useState<Stage>('Lead');
  const [pending, setPending] = useState<PendingMove[]>([]);
  const [dragged, setDragged] = useState<Contact>();
  const [error, setError] = useState<string>();
  const offerUndo = useUndoToast();
  const raw = useBoardColumns(filter, limits);
  const groupList = useGroups();
  const segmentList = useSegments();
  const tags = useTags();
  useEffect(() => {
    if (raw) onLoaded?.();
  }, [raw, onLoaded]);
  const groups = useMemo(() => new Map(groupList.map((g) => [g.id, g])), [groupList]);
  const columns = useMemo(() => raw?.map((column) => withPendingMoves(column, pending)), [raw, pending]);

  // A move is done once its card shows in the target column's live data
  // (adjusting state during render, as React documents, instead of an effect).
  const settled = new Set(columns?.flatMap((c) => c.settled));
  if (settled.size) setPending((moves) => moves.filter((m) => !settled.has(m.contact.id)));

  const [keyboard] = useState(stageKeyboardCoordinates);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboard.getter }),
  );
  const accessibility = useMemo(() => ({ announcements: boardAnnouncements(t), screenReaderInstructions: boardInstructions(t) }), [t]);

  async function move(contact: Contact, to: Stage) {
    setError(undefined);
    setPending((moves) => [...moves.filter((m) => m.contact.id !== contact.id), { contact, from: contact.stage, to }]);
    try {
      const moved = await moveContactStage({ id: contact.id, stage: to });
      // Undo is the same edit back, based on the version the move wrote: refused if the stage changed since.
      offerUndo(t('undo.moved', { name: displayName(contact), stage: t(`stage.${to}`) }), async () => {
        try {
          await updateContact({ id: contact.id, patch: { stage: contact.stage }, base: { updatedAt: moved.updatedAt, values: { stage: to } } });
          return { restored: 1, skipped: 0 };
        } catch (failure) {
          if (String(failure).includes('edit_conflict')) return { restored: 0, skipped: 1 };
          throw failure;
        }
      });
    } catch (failure) {
      setPending((moves) => moves.filter((m) => m.contact.id !== contact.id));
      const { key, params } = errorMessage(failure);
      setError(t('board.moveFailed', { name: displayName(contact), reason: t(key, params) }));
    }
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(undefined);
    const contact = (active.data.current as { contact?: Contact } | undefined)?.contact;
    const to = stageOfTarget(over?.id);
    if (contact && to && to !== contact.stage) void move(contact, to);
  }

  const changeFilter = (next: BoardFilter) => {
    setFilter(next);
    setLimits(FIRST_PAGES);
  };
  const empty = raw?.every((c) => c.count === 0);

  return (
    <section aria-label={t('board.title')} className="@container flex min-h-0 flex-1 flex-col gap-2" data-testid="board">
      <BoardFilters filter={filter} onChange={changeFilter} tags={tags} groups={groupList} segments={segmentList} />
      {error && (
        <p role="alert" className="rounded bg-red-50 px-2 py-1 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          {error}
        </p>
      )}
      {empty && !isFiltered(filter) && (
        <p className="rounded border border-dashed border-slate-300 p-3 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300" data-testid="board-empty">
          {t('board.empty')}
        </p>
      )}
      {!columns && <BoardSkeleton />}
      {columns && (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollisions}
          accessibility={accessibility}
          onDragStart={({ active }: DragStartEvent) => {
            keyboard.reset();
            setDragged((active.data.current as { contact?: Contact } | undefined)?.contact);
          }}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(undefined)}
        >
          <StageTabs columns={columns} selected={selected} onSelect={setSelected} />
          <div className="flex min-h-0 flex-1 gap-2">
            {columns.map((column) => (
              <BoardColumn
                key={column.stage}
                column={column}
                groups={groups}
                filtered={isFiltered(filter)}
                selected={column.stage === selected}
                onMore={() => setLimits((l) => ({ ...l, [column.stage]: l[column.stage] + PAGE_SIZE }))}
              />
            ))}
          </div>
          <DragOverlay dropAnimation={null}>{dragged && <DraggedCard contact={dragged} groups={groups} />}</DragOverlay>
        </DndContext>
      )}
    </section>
  );
}
