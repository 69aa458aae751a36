import { dueState } from '../../lib/notes/next-step';
import type { NextStep } from '../../lib/model';
import { useI18n } from '../i18n';
import { dateFormat } from '../../lib/i18n/date-format';
import { useNow } from '../hooks/useNow';

const TONES = {
  overdue: 'bg-rose-100 text-rose-800 dark:bg-rose-900/50 dark:text-rose-200',
  today: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100',
  later: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
} as const;

/** The due time of a next step with its state in words (overdue, today), not by colour alone. */
export function DueMark({ step }: { step: NextStep }) {
  const { t, locale } = useI18n();
  const now = useNow();
  const state = dueState(step.dueAt, now);
  const date = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(step.dueAt);
  const time = dateFormat(locale, { timeStyle: 'short' }).format(step.dueAt);
  const label = state === 'overdue' ? t('followups.due.overdueSince', { date }) : state === 'today' ? `${t('followups.due.today')} · ${time}` : t('followups.due.on', { date });
  return (
    <span data-testid="due-mark" data-due={state} className={`inline-block rounded px-1.5 py-0.5 text-[11px] font-medium ${TONES[state]}`}>
      {label}
    </span>
  );
}
