import { useCallback } from 'react';
import type { UndoOutcome } from '../../lib/contacts/undo';
import { undoAction } from '../../lib/service/contacts';
import { describeError } from '../manager/contacts/feedback';
import { useT } from '../i18n';
import { useToast } from '../ui/Toast';
import { usePlural } from './usePlural';

/** Undo through the background's record of the action (lib/contacts/undo.ts). */
export const undoByToken = (token: string) => () => undoAction({ token });

/**
 * "N contacts archived · Undo": a toast whose Undo runs `undo` and tells what
 * it did (how many are back, how many changed since and were left alone).
 */
export function useUndoToast(): (text: string, undo: () => Promise<UndoOutcome>) => void {
  const t = useT();
  const tp = usePlural();
  const toast = useToast();
  return useCallback(
    (text, undo) =>
      toast({
        text,
        action: {
          label: t('toast.undo'),
          run: async () => {
            try {
              const { restored, skipped } = await undo();
              const parts = restored ? [tp('undo.done', restored)] : [t('undo.nothing')];
              if (skipped && restored) parts.push(tp('undo.skipped', skipped));
              toast({ text: parts.join(' '), tone: restored ? 'ok' : 'error' });
            } catch (error) {
              toast({ text: describeError(error, t), tone: 'error' });
            }
          },
        },
      }),
    [t, tp, toast],
  );
}
