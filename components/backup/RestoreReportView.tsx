import type { RestoreReport } from '../../lib/backup/restore';
import { BACKUP_TABLES } from '../../lib/backup/format';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';

/** The dry run: what the file holds, what will be written, conflicts and errors. */
export function RestoreReportView({ report }: { report: RestoreReport }) {
  const { t, locale } = useI18n();
  const tp = usePlural();
  const { conflicts } = report;
  return (
    <div data-testid="restore-report" className="space-y-2 rounded border border-slate-200 p-3 text-sm dark:border-slate-700">
      <p className="font-medium">{t('backup.report.title')}</p>
      {report.createdAt !== undefined && (
        <p>{t('backup.report.made', { date: new Date(report.createdAt).toLocaleString(locale), version: report.fromVersion ?? '?' })}</p>
      )}
      <table className="text-left">
        <thead>
          <tr><th className="pr-4">{t('backup.report.table')}</th><th className="pr-4">{t('backup.report.inFile')}</th><th>{t('backup.report.toWrite')}</th></tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table} data-testid={`restore-row-${table}`}>
              <td className="pr-4">{t(`backup.table.${table}`)}</td>
              <td className="pr-4">{report.inFile[table]}</td>
              <td>{report.toWrite[table]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.mode === 'replace' && <p className="text-amber-800 dark:text-amber-300">{t('backup.report.replaceWarning')}</p>}
      {conflicts.existingEmail > 0 && <p>{tp('backup.report.existing', conflicts.existingEmail)}</p>}
      {conflicts.existingOther > 0 && <p>{t('backup.report.existingOther', { count: conflicts.existingOther })}</p>}
      {conflicts.suppressed > 0 && <p>{tp('backup.report.suppressed', conflicts.suppressed)}</p>}
      {conflicts.danglingGroupRefs > 0 && <p>{t('backup.report.dangling', { count: conflicts.danglingGroupRefs })}</p>}
      {conflicts.examples.length > 0 && (
        <ul className="list-disc pl-5 text-slate-600 dark:text-slate-400">
          {conflicts.examples.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      {!report.plan.fits && <p role="alert" className="text-red-600">{t('backup.report.plan', { count: report.plan.liveAfter, limit: report.plan.limit ?? 0 })}</p>}
      {report.errorCount > 0 && (
        <div role="alert" className="text-red-600">
          <p>{t('backup.report.errors', { count: report.errorCount })}</p>
          <ul className="list-disc pl-5">
            {report.errors.map((e, i) => (
              <li key={i}>{e.table === 'file' ? t(`backup.error.${e.message}` as never) : t('backup.report.errorAt', { table: e.table, row: e.row + 1, path: e.path || '—', message: e.message })}</li>
            ))}
          </ul>
        </div>
      )}
      {report.ok && <p className="text-emerald-700 dark:text-emerald-400">{t('backup.report.ready')}</p>}
    </div>
  );
}
