import { useState } from 'react';
import { downloadBlob, exportContactsCsv } from '../../lib/csv/export';
import type { ExportFormat } from '../../lib/csv/export-columns';
import type { SegmentRow } from '../../lib/db/database';
import type { Segment } from '../../lib/segments/schema';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';
import { segmentContactPages } from '../../lib/service/read-segments';

const BUTTON = 'rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50 disabled:opacity-50 dark:text-indigo-300 dark:hover:bg-indigo-900/40';

/** "#12 Salon 2025 – hot" → "segment-salon-2025-hot-2026-11-26.csv". */
function fileNameOf(name: string, excel: boolean): string {
  const slug = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'segment';
  return `segment-${slug}-${new Date().toISOString().slice(0, 10)}${excel ? '-excel' : ''}.csv`;
}

/**
 * Export exactly the segment's contacts (the count shown beside it), read a
 * page at a time, in the same formats as a selection: CSV, or Excel in French
 * (semicolons, BOM, French values).
 */
export function ExportSegmentButton({ row, segment }: { row: SegmentRow; segment: Segment }) {
  const { t } = useI18n();
  const tp = usePlural();
  const [state, setState] = useState<{ busy?: boolean; text?: string; error?: boolean }>({});

  async function run(format: ExportFormat) {
    setState({ busy: true });
    try {
      const excel = format === 'excel-fr';
      const file = await exportContactsCsv(
        { pages: segmentContactPages(segment) },
        // The segment decides about archived contacts, like its count does.
        { format: excel ? 'excel-fr' : 'csv', includeArchived: true, fileName: fileNameOf(row.name, excel) },
      );
      downloadBlob(file.blob, file.fileName);
      setState({ text: tp('contacts.bulk.exported', file.count) });
    } catch (cause) {
      setState({ text: t('error.unexpected', { detail: cause instanceof Error ? cause.message : String(cause) }), error: true });
    }
  }

  return (
    <>
      <button type="button" className={BUTTON} disabled={state.busy} onClick={() => void run('csv')} data-testid="segment-export-csv">
        {state.busy ? t('segments.exporting') : t('segments.export')}
      </button>
      <button type="button" className={BUTTON} disabled={state.busy} onClick={() => void run('excel-fr')} data-testid="segment-export-excel">
        {t('export.segment.excel')}
      </button>
      {state.text && (
        <span role={state.error ? 'alert' : 'status'} className={state.error ? 'text-xs text-red-600' : 'text-xs text-emerald-700 dark:text-emerald-400'}>
          {state.text}
        </span>
      )}
    </>
  );
}
