import { useT } from '../../i18n';
import { useLate } from '../../ui/useLate';
import type { Column } from './columns';
import { CHECK_WIDTH, ROW_HEIGHT } from './ContactsTable';

const ROWS = 8;

/** The table's frame while a slow first page is read: the real column headers and placeholder rows. */
export function TableSkeleton({ columns }: { columns: Column[] }) {
  const t = useT();
  const late = useLate();
  const template = `${CHECK_WIDTH}px ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const width = CHECK_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);
  if (!late) return null;
  return (
    <div
      aria-busy="true"
      data-testid="contacts-skeleton"
      className="h-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <p role="status" className="sr-only">
        {t('common.loading')}
      </p>
      <div
        aria-hidden
        className="grid items-center border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-400"
        style={{ gridTemplateColumns: template, width, height: ROW_HEIGHT }}
      >
        <span />
        {columns.map((column) => (
          <span key={column.id} className="truncate px-2">
            {typeof column.label === 'string' ? t(column.label) : column.label.text}
          </span>
        ))}
      </div>
      {Array.from({ length: ROWS }, (_, row) => (
        <div key={row} aria-hidden className="grid items-center border-b border-slate-100 dark:border-slate-800" style={{ gridTemplateColumns: template, width, height: ROW_HEIGHT }}>
          <span />
          {columns.map((column) => (
            <span key={column.id} className="px-2">
              <span className="block h-3 w-2/3 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}
