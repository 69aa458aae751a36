import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { stageOfTarget } from '../../lib/board/dnd';
import { displayName, type Contact, type Stage } from '../../lib/model';
import type { Translate } from '../../lib/i18n';

interface Dragged {
  contact?: Contact;
  stage?: Stage;
}

/** What screen readers hear while a card moves, in the user's language. */
export function boardAnnouncements(t: Translate): Announcements {
  const about = (data: unknown) => {
    const { contact, stage } = (data ?? {}) as Dragged;
    return { name: contact ? displayName(contact) : '', from: stage ? t(`stage.${stage}`) : '' };
  };
  const target = (id: unknown) => {
    const stage = stageOfTarget(id as string);
    return stage ? t(`stage.${stage}`) : undefined;
  };
  return {
    onDragStart: ({ active }) => {
      const { name, from } = about(active.data.current);
      return t('board.announce.start', { name, stage: from });
    },
    onDragOver: ({ active, over }) => {
      const { name } = about(active.data.current);
      const stage = target(over?.id);
      return stage ? t('board.announce.over', { name, stage }) : t('board.announce.nowhere', { name });
    },
    onDragEnd: ({ active, over }) => {
      const { name, from } = about(active.data.current);
      const stage = target(over?.id);
      return stage && stage !== from ? t('board.announce.moved', { name, stage }) : t('board.announce.stays', { name, stage: from });
    },
    onDragCancel: ({ active }) => {
      const { name, from } = about(active.data.current);
      return t('board.announce.cancel', { name, stage: from });
    },
  };
}

export function boardInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('board.instructions') };
}
