import { useState } from 'react';
import { undoAutoStatus } from '../../lib/service/contacts';
import { displayName, type Status } from '../../lib/model';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';
import { FeedbackLine } from './FeedbackLine';
import type { Feedback } from './useSaveDrafts';
import { useStandingChanges } from '../hooks/useCapture';

/** The automatic status changes this thread made, each with Undo. */
export function StatusChanges({ emails, url }: { emails: string[]; url: string }) {
  const t = useT();
  const [feedback, setFeedback] = useState<Feedback>();
  const changes = useStandingChanges(emails, url);

  async function undo(historyId: number, email: string) {
    try {
      const result = await undoAutoStatus({ historyId });
      if (result.restored) setFeedback({ tone: 'ok', text: t('gmail.undone', { email, status: t(`status.${result.status}`) }) });
      else setFeedback({ tone: 'error', text: t(result.reason === 'changed' ? 'gmail.undoChanged' : 'gmail.undoGone') });
    } catch (error) {
      const { key, params } = errorMessage(error);
      setFeedback({ tone: 'error', text: t(key, params) });
    }
  }

  if (!changes?.length && !feedback) return null;
  return (
    <div className="rounded border border-amber-200 bg-amber-50 p-2 dark:border-amber-800 dark:bg-amber-900/20" data-testid="status-changes">
      <h3 className="text-xs font-semibold text-amber-900 dark:text-amber-200">{t('gmail.changes')}</h3>
      <ul>
        {changes?.map(({ contact, entry }) => {
          const [from, to] = entry.changes!.status as [Status, Status];
          const name = displayName(contact);
          return (
            <li key={entry.id} className="flex items-center justify-between gap-2 py-0.5 text-sm" data-testid="status-change">
              <span className="min-w-0 truncate">{t('gmail.changed', { name, from: t(`status.${from}`), to: t(`status.${to}`) })}</span>
              <button
                type="button"
                onClick={() => void undo(entry.id, contact.email)}
                aria-label={t('gmail.undoNamed', { name })}
                className="shrink-0 rounded px-2 py-0.5 text-xs font-medium text-amber-900 underline hover:bg-amber-100 dark:text-amber-200 dark:hover:bg-amber-900/40"
              >
                {t('gmail.undo')}
              </button>
            </li>
          );
        })}
      </ul>
      <FeedbackLine feedback={feedback} testId="status-feedback" />
    </div>
  );
}
