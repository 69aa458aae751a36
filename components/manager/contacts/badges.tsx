import type { Stage, Status } from '../../../lib/model';
import { useT } from '../../i18n';

const STAGE_STYLE: Record<Stage, string> = {
  Lead: 'bg-slate-100 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
  Qualified: 'bg-sky-100 text-sky-800 dark:bg-sky-900/50 dark:text-sky-200',
  Proposal: 'bg-violet-100 text-violet-800 dark:bg-violet-900/50 dark:text-violet-200',
  Negotiation: 'bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-200',
  Won: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-200',
  Lost: 'bg-rose-100 text-rose-800 dark:bg-rose-900/50 dark:text-rose-200',
};

const STATUS_STYLE: Record<Status, string> = {
  Active: 'text-emerald-700 dark:text-emerald-300',
  Unsubscribed: 'text-slate-500 dark:text-slate-400',
  Bounced: 'text-rose-700 dark:text-rose-300',
  Replied: 'text-sky-700 dark:text-sky-300',
  Blocked: 'text-slate-900 dark:text-slate-100',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useT();
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STAGE_STYLE[stage]}`}>{t(`stage.${stage}`)}</span>;
}

export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`flex items-center gap-1 text-xs ${STATUS_STYLE[status]}`}>
      <span aria-hidden className="inline-block size-1.5 rounded-full bg-current" />
      {t(`status.${status}`)}
    </span>
  );
}
