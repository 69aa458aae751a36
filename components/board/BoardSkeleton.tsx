import { STAGES } from '../../lib/model';
import { useT } from '../i18n';
import { useLate } from '../ui/useLate';

/** The board's frame while slow first cards are read: the six stages, named, with placeholder cards. */
export function BoardSkeleton() {
  const t = useT();
  const late = useLate();
  if (!late) return null;
  return (
    <div aria-busy="true" data-testid="board-skeleton" className="flex min-h-0 flex-1 flex-col gap-2">
      <p role="status" className="sr-only">
        {t('common.loading')}
      </p>
      <ul aria-hidden className="grid grid-cols-3 gap-1 @md:grid-cols-6">
        {STAGES.map((stage) => (
          <li key={stage} className="flex flex-col items-center rounded-md border border-slate-200 px-1 py-1 text-xs dark:border-slate-700">
            <span className="max-w-full truncate">{t(`stage.${stage}`)}</span>
            <span className="text-slate-500 dark:text-slate-400">…</span>
          </li>
        ))}
      </ul>
      <div aria-hidden className="flex min-h-0 flex-1 gap-2">
        {STAGES.map((stage, i) => (
          <div key={stage} className={`${i === 0 ? 'flex' : 'hidden @3xl:flex'} min-w-0 flex-1 flex-col gap-1.5 rounded-lg bg-slate-50 p-2 dark:bg-slate-800/50`}>
            <span className="mb-0.5 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t(`stage.${stage}`)}</span>
            {[0, 1, 2].map((card) => (
              <span key={card} className="block h-12 animate-pulse rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
