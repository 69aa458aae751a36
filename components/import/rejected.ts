import type { BulkReport } from '../../lib/contacts/bulk-upsert';
import type { ParseResult } from '../../lib/csv/import';
import { rejectedRowsCsv } from '../../lib/csv/rejected';
import type { Translate } from '../../lib/i18n';
import { reasonLabel } from './labels';

/** Every row not imported, with its reason in the user's language. */
export function rejectedFile(bytes: Uint8Array, parse: ParseResult, report: BulkReport, t: Translate): { blob: Blob; count: number } {
  const reasons = new Map<number, string>();
  for (const r of parse.rejected) reasons.set(r.line, reasonLabel(t, r.reason));
  for (const r of parse.duplicates) reasons.set(r.line, t('import.reason.duplicate', { line: r.firstLine }));
  for (const r of report.invalid) reasons.set(r.line, reasonLabel(t, r.problem));
  for (const r of report.suppressed) reasons.set(r.line, t('import.reason.suppressed'));
  for (const r of report.overLimit) reasons.set(r.line, t('import.reason.plan_limit'));
  const blob = rejectedRowsCsv(bytes, parse.headerLine, reasons, { line: t('import.rejected.line'), reason: t('import.rejected.reason') });
  return { blob, count: reasons.size };
}
