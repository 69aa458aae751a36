import { useState, type ReactNode } from 'react';
import { deleteSegment } from '../../lib/service/catalog';
import { describeSegment } from '../../lib/segments/describe';
import { segmentHref } from '../../lib/segments/filter';
import type { SavedSegment } from '../../lib/segments/store';
import { useI18n } from '../i18n';
import { CountText } from './CountText';
import { ExportSegmentButton } from './ExportSegmentButton';
import { useSegmentCount, useSegmentData, type SegmentData } from './useSegmentData';
import { useSavedSegments } from '../hooks/useSegments';

const BUTTON = 'rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-900/40';

/** Extra buttons per segment (e.g. "Export as CSV"), added by whoever mounts the list. */
export type SegmentActions = (saved: SavedSegment & { segment: NonNullable<SavedSegment['segment']> }) => ReactNode;

function SegmentItem({ saved, data, onEdit, actions }: { saved: SavedSegment; data: SegmentData; onEdit: (id: number) => void; actions?: SegmentActions }) {
  const { t, locale } = useI18n();
  const count = useSegmentCount(saved.segment);
  const [confirming, setConfirming] = useState(false);
  const { row, segment } = saved;
  return (
    <li className="space-y-1 py-3" data-testid={`segment-${row.id}`}>
      <div className="flex flex-wrap items-baseline gap-3">
        <span className="text-base font-medium">{row.name}</span>
        {segment && (
          <span className="text-sm text-slate-600 dark:text-slate-300">
            <CountText count={count} testId="segment-count" />
          </span>
        )}
        <span className="ml-auto flex gap-1">
          {segment && (
            <>
              <a className={BUTTON} href={segmentHref(row.id)}>
                {t('segments.open')}
              </a>
              <button type="button" className={BUTTON} onClick={() => onEdit(row.id)}>
                {t('segments.edit')}
              </button>
              <ExportSegmentButton row={row} segment={segment} />
              {actions?.({ row, segment })}
            </>
          )}
          <button type="button" className={`${BUTTON} text-red-700 dark:text-red-300`} onClick={() => setConfirming(true)}>
            {t('segments.delete')}
          </button>
        </span>
      </div>
      <p className="text-sm italic text-slate-500 dark:text-slate-400">{segment ? describeSegment(segment, locale, data.names) : t('segments.unreadable')}</p>
      {confirming && (
        <div role="alertdialog" aria-label={t('segments.delete')} className="flex flex-wrap items-center gap-2 rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-900/30 dark:text-red-100">
          <span>{t('segments.deleteConfirm', { name: row.name })}</span>
          <button type="button" className="rounded bg-red-600 px-3 py-1 text-white" onClick={() => void deleteSegment({ id: row.id })}>
            {t('segments.delete')}
          </button>
          <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Saved segments with their live counts. */
export function SegmentList({ onNew, onEdit, actions }: { onNew: () => void; onEdit: (id: number) => void; actions?: SegmentActions }) {
  const { t } = useI18n();
  const data = useSegmentData();
  const segments = useSavedSegments();
  return (
    <section aria-labelledby="segments-title" className="max-w-4xl space-y-4">
      <header className="flex flex-wrap items-start gap-3">
        <div className="flex-1">
          <h2 id="segments-title" className="text-lg font-semibold">
            {t('segments.title')}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('segments.intro')}</p>
        </div>
        <button type="button" onClick={onNew} className="rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
          {t('segments.new')}
        </button>
      </header>
      {segments?.length === 0 && <p className="rounded bg-slate-50 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t('segments.empty')}</p>}
      <ul className="divide-y divide-slate-200 dark:divide-slate-700" data-testid="segment-list">
        {segments?.map((saved) => <SegmentItem key={saved.row.id} saved={saved} data={data} onEdit={onEdit} actions={actions} />)}
      </ul>
    </section>
  );
}
