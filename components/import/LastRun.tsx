import { contactsHref } from '../../lib/navigation/links';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';
import { useLastImport } from '../hooks/useCatalog';

/** What the last import did; an import left "running" by a closed tab is reported as interrupted. */
export function LastRun({ busy }: { busy: boolean }) {
  const { t, locale } = useI18n();
  const tp = usePlural();
  const run = useLastImport();
  if (!run || busy) return null;
  const params = {
    name: run.fileName,
    date: new Date(run.startedAt).toLocaleString(locale),
    created: run.created,
    updated: run.updated,
    rejected: run.rejected,
  };
  const interrupted = run.state === 'running';
  const written = run.created + run.updated;
  return (
    <p
      role="status"
      data-testid="import-last-run"
      className={interrupted ? 'rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200' : 'text-xs text-slate-600 dark:text-slate-300'}
    >
      {t(interrupted ? 'import.interrupted' : 'import.last', params)}
      {written > 0 && (
        <>
          {' '}
          <a href={contactsHref({ importId: run.id })} className="font-medium text-indigo-700 underline dark:text-indigo-300" data-testid="import-show-contacts">
            {tp('import.showContacts', written)}
          </a>
        </>
      )}
    </p>
  );
}
