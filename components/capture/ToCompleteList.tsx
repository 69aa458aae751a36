import { useT } from '../i18n';
import { PendingRow } from './PendingRow';
import { usePendingCount, usePendingProfiles } from '../hooks/useContacts';

/** LinkedIn profiles saved without an email; each becomes a contact when one is added. */
export function ToCompleteList({ limit = 20 }: { limit?: number }) {
  const t = useT();
  const rows = usePendingProfiles(limit);
  const count = usePendingCount();
  return (
    <section aria-labelledby="to-complete-title" data-testid="to-complete">
      <div className="mb-1 flex items-baseline justify-between">
        <h2 id="to-complete-title" className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          {t('linkedin.pending.title')}
        </h2>
        {!!count && <span className="text-xs text-slate-500 dark:text-slate-400">{t('linkedin.pending.count', { count })}</span>}
      </div>
      {rows?.length === 0 && <p className="text-sm text-slate-500 dark:text-slate-400">{t('linkedin.pending.empty')}</p>}
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows?.map((row) => <PendingRow key={row.linkedinUrl} row={row} />)}
      </ul>
    </section>
  );
}
