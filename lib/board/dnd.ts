import { pointerWithin, type CollisionDetection, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { STAGES, StageSchema, type Stage } from '../model';

/**
 * Drop targets: the stage tabs (always visible, even in a narrow panel) and
 * the visible columns. Their ids carry the stage.
 */
export const tabTarget = (stage: Stage) => `tab:${stage}`;
export const columnTarget = (stage: Stage) => `column:${stage}`;

export function stageOfTarget(id: UniqueIdentifier | undefined | null): Stage | undefined {
  const parsed = StageSchema.safeParse(String(id ?? '').split(':')[1]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Left/right step to the neighbouring stage (clamped at both ends). Up and
 * down are left alone: dnd-kit would scroll the column instead of moving.
 */
export function neighbourStage(current: Stage, code: string): Stage | undefined {
  const step = code === 'ArrowRight' ? 1 : code === 'ArrowLeft' ? -1 : 0;
  if (!step) return undefined;
  const index = Math.min(STAGES.length - 1, Math.max(0, STAGES.indexOf(current) + step));
  return STAGES[index];
}

/**
 * Keyboard moves jump from stage tab to stage tab instead of 25 px steps: the
 * dragged card is centred on the next tab, which collision detection then
 * picks. The stage aimed at is remembered here rather than read back from
 * dnd-kit, whose `over` lags behind fast key presses. Call `reset` when a
 * drag starts.
 */
export function stageKeyboardCoordinates(): { getter: KeyboardCoordinateGetter; reset: () => void } {
  let aimed: Stage | undefined;
  const getter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    const origin = (context.active?.data.current as { stage?: Stage } | undefined)?.stage;
    const current = aimed ?? origin;
    if (!current) return undefined;
    const next = neighbourStage(current, event.code);
    if (!next) return undefined;
    event.preventDefault();
    const rect = context.droppableRects.get(tabTarget(next));
    const dragged = context.collisionRect;
    if (!rect || !dragged) return currentCoordinates;
    aimed = next;
    return {
      x: rect.left + rect.width / 2 - dragged.width / 2,
      y: rect.top + rect.height / 2 - dragged.height / 2,
    };
  };
  return { getter, reset: () => (aimed = undefined) };
}

/**
 * The pointer decides for a mouse or a finger. For the keyboard, the stage tab
 * under the centre of the dragged card: none until an arrow key moved it, so
 * pressing Space at once drops nowhere instead of on the nearest tab.
 */
export const boardCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  const { collisionRect, droppableRects, droppableContainers } = args;
  const x = collisionRect.left + collisionRect.width / 2;
  const y = collisionRect.top + collisionRect.height / 2;
  const hit = droppableContainers.find((container) => {
    const rect = droppableRects.get(container.id);
    return String(container.id).startsWith('tab:') && rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  });
  return hit ? [{ id: hit.id, data: { droppableContainer: hit, value: 0 } }] : [];
};
