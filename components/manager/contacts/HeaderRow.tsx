import { useEffect, useRef } from 'react';
import type { ContactSort } from '../../../lib/contacts/query';
import { useT } from '../../i18n';
import { CHECK_WIDTH, type Column } from './columns';

interface Props {
  columns: Column[];
  template: string;
  width: number;
  height: number;
  sort: ContactSort;
  onSort: (sort: ContactSort) => void;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: (all: boolean) => void;
}

/** Sticky column headers: sort buttons, and the "select all matching" box. */
export function HeaderRow({ columns, template, width, height, sort, onSort, allSelected, someSelected, onSelectAll }: Props) {
  const t = useT();
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = someSelected && !allSelected;
  }, [someSelected, allSelected]);
  return (
    <div role="rowgroup" className="sticky top-0 z-10" style={{ width }}>
      <div
        role="row"
        aria-rowindex={1}
        className="grid items-center border-b border-slate-200 bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-400"
        style={{ gridTemplateColumns: template, height }}
      >
        <div role="columnheader" className="sticky left-0 z-[1] flex h-full items-center justify-center bg-inherit">
          <input
            ref={box}
            type="checkbox"
            checked={allSelected}
            onChange={(event) => onSelectAll(event.target.checked)}
            aria-label={t('contacts.select.allMatching')}
            className="size-4 accent-indigo-600"
          />
        </div>
        {columns.map((column) => {
          const label = typeof column.label === 'string' ? t(column.label) : column.label.text;
          const sorted = column.sort && sort.field === column.sort ? sort.direction : undefined;
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : column.sort ? 'none' : undefined}
              className={`truncate px-2 ${column.id === 'name' ? 'sticky z-[1] flex h-full items-center bg-inherit' : ''}`}
              style={column.id === 'name' ? { left: CHECK_WIDTH } : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  onClick={() =>
                    onSort({ field: column.sort!, direction: sorted === 'asc' ? 'desc' : sorted === 'desc' ? 'asc' : column.sort!.endsWith('At') ? 'desc' : 'asc' })
                  }
                  className="flex items-center gap-1 uppercase hover:text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-white"
                >
                  {label}
                  <span aria-hidden>{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                </button>
              ) : (
                label
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
