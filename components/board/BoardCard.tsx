import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { displayName, type Contact, type Group } from '../../lib/model';
import { openInManager } from '../../lib/board/open';
import { useT } from '../i18n';
import { DueMark } from '../followups/DueMark';

interface CardProps {
  contact: Contact;
  groups: ReadonlyMap<number, Group>;
}

/** The card's face, shared by the card in its column and the one under the pointer. */
export function CardFace({ contact, groups }: CardProps) {
  const shown = contact.tags.slice(0, 3);
  const chips = contact.groupIds.map((id) => groups.get(id)).filter((g): g is Group => g !== undefined);
  return (
    <>
      <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
        {[contact.title, contact.company].filter(Boolean).join(' · ') || contact.email}
      </span>
      {contact.nextStep && (
        <span className="mt-1 block" data-testid="card-next-step">
          <span className="block truncate text-xs">{contact.nextStep.text}</span>
          <DueMark step={contact.nextStep} />
        </span>
      )}
      {(shown.length > 0 || chips.length > 0) && (
        <span className="mt-1 flex flex-wrap gap-1">
          {chips.map((group) => (
            <span key={group.id} className="inline-flex items-center gap-1 whitespace-nowrap rounded bg-slate-100 px-1.5 text-[11px] dark:bg-slate-700">
              <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: group.color }} />
              {group.name}
            </span>
          ))}
          {shown.map((tag) => (
            <span key={tag} className="whitespace-nowrap rounded bg-indigo-50 px-1.5 text-[11px] text-indigo-700 dark:bg-indigo-900/50 dark:text-indigo-200">
              #{tag}
            </span>
          ))}
          {contact.tags.length > shown.length && <span className="text-[11px] text-slate-500 dark:text-slate-400">+{contact.tags.length - shown.length}</span>}
        </span>
      )}
    </>
  );
}

// Cards scrolled out of their column skip style, layout and paint until shown (about 20-45 ms of
// the board's open, 150 cards); 4rem holds their place until first laid out, then their own size.
const CARD = '[content-visibility:auto] [contain-intrinsic-size:auto_4rem] rounded-md border border-slate-200 bg-white p-2 shadow-sm dark:border-slate-700 dark:bg-slate-800';

/**
 * A contact on the board. The whole card drags with a mouse or a finger; the
 * handle is the keyboard's way in (Space picks it up); the name opens the contact.
 */
export function BoardCard({ contact, groups }: CardProps) {
  const t = useT();
  const name = displayName(contact);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `contact:${contact.id}`,
    data: { stage: contact.stage, contact },
  });
  return (
    <li
      ref={setNodeRef}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      data-testid="board-card"
      data-contact-id={contact.id}
      className={`${CARD} flex touch-none gap-1 ${isDragging ? 'opacity-40' : ''}`}
    >
      <span className="min-w-0 flex-1">
        <button
          type="button"
          onClick={() => void openInManager(contact.id)}
          aria-label={t('board.card.open', { name })}
          className="block max-w-full truncate text-left text-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          {name}
        </button>
        <CardFace contact={contact} groups={groups} />
      </span>
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        aria-roledescription={t('board.card.draggable')}
        onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
        aria-label={t('board.card.move', { name, stage: t(`stage.${contact.stage}`) })}
        className="h-7 w-5 shrink-0 cursor-grab rounded text-slate-400 hover:bg-slate-100 hover:text-slate-600 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-slate-700"
      >
        <span aria-hidden>⠿</span>
      </button>
    </li>
  );
}

/** What follows the pointer (or the keyboard) while a card moves. */
export function DraggedCard({ contact, groups }: CardProps) {
  return (
    <div className={`${CARD} w-56 cursor-grabbing shadow-lg ring-2 ring-indigo-400`}>
      <span className="block truncate text-sm font-medium">{displayName(contact)}</span>
      <CardFace contact={contact} groups={groups} />
    </div>
  );
}
