import type { BulkReport } from '../../lib/contacts/bulk-upsert';
import type { ParseResult } from '../../lib/csv/import';
import { PLAN_LIMITS } from '../../lib/model';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { ColumnSummary } from './ColumnSummary';
import { reasonLabel } from './labels';

const SHOWN = 20;

/** Counts of a dry run or a finished import, with the invalid rows and their reasons. */
export function ReportView({ parse, report, final }: { parse: ParseResult; report: BulkReport; final: boolean }) {
  const t = useT();
  const tp = usePlural();
  const invalid = [
    ...parse.rejected.map((r) => ({ line: r.line, reason: reasonLabel(t, r.reason) })),
    ...report.invalid.map((r) => ({ line: r.line, reason: reasonLabel(t, r.problem) })),
  ].sort((a, b) => a.line - b.line);
  const rows: Array<[string, number, string]> = [
    [t(final ? 'import.report.created' : 'import.report.create'), report.created, 'created'],
    [t(final ? 'import.report.updated' : 'import.report.update'), report.updated, 'updated'],
    [t('import.report.unchanged'), report.unchanged, 'unchanged'],
    [t('import.report.duplicates'), parse.duplicates.length, 'duplicates'],
    [t('import.report.invalid'), invalid.length, 'invalid'],
    [t('import.report.suppressed'), report.suppressed.length, 'suppressed'],
    [t('import.report.overLimit'), report.overLimit.length, 'over-limit'],
  ];
  return (
    <div data-testid="import-report" className="space-y-3">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        {rows.map(([label, count, id]) => (
          <div key={id} data-testid={`report-${id}`} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="text-lg font-semibold">{count}</dd>
          </div>
        ))}
      </dl>
      {parse.footerLines > 0 && (
        <p role="status" data-testid="import-footer" className="text-sm text-slate-600 dark:text-slate-300">
          {tp('import.report.footer', parse.footerLines)}
        </p>
      )}
      {parse.replacedBytes > 0 && (
        <p role="status" data-testid="import-replaced" className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {tp('import.report.replaced', parse.replacedBytes)}
        </p>
      )}
      {report.overLimit.length > 0 && (
        <p role="status" className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {tp(final ? 'import.report.overLimitDone' : 'import.report.overLimitHelp', report.overLimit.length, { limit: PLAN_LIMITS.free ?? 0 })}
        </p>
      )}
      {report.needConsent.length > 0 && (
        <p role="status" data-testid="import-need-consent" className="rounded bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          {t('import.report.needConsent', { count: report.needConsent.length, lines: report.needConsent.slice(0, SHOWN).map((r) => r.line).join(', ') })}
        </p>
      )}
      {(invalid.length > 0 || parse.duplicates.length > 0) && (
        <ul className="max-h-48 overflow-auto text-xs text-slate-600 dark:text-slate-300" data-testid="import-invalid">
          {invalid.slice(0, SHOWN).map((row) => (
            <li key={`i${row.line}`}>
              {t('import.report.line', { line: row.line })} — {row.reason}
            </li>
          ))}
          {parse.duplicates.slice(0, SHOWN).map((row) => (
            <li key={`d${row.line}`}>
              {t('import.report.line', { line: row.line })} — {t('import.reason.duplicate', { line: row.firstLine })}
            </li>
          ))}
          {invalid.length + parse.duplicates.length > 2 * SHOWN && (
            <li>{t('import.report.more', { count: invalid.length + parse.duplicates.length - 2 * SHOWN })}</li>
          )}
        </ul>
      )}
      <ColumnSummary parse={parse} />
    </div>
  );
}
