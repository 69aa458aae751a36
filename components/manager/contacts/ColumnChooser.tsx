import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { Column, ColumnId } from './columns';

/** A disclosure listing every column (custom fields included) with a checkbox each. */
export function ColumnChooser({ columns, visible, onChange }: { columns: Column[]; visible: ColumnId[]; onChange: (ids: ColumnId[]) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  const toggle = (column: ColumnId, on: boolean) =>
    // Keep the catalogue's order whatever the click order.
    onChange(columns.map((c) => c.id).filter((c) => (c === column ? on : visible.includes(c))));
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {t('contacts.columns.button')}
      </button>
      {open && (
        <fieldset
          id={id}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
              button.current?.focus();
            }
          }}
          className="absolute right-0 z-30 mt-1 max-h-96 w-60 overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-800"
        >
          <legend className="sr-only">{t('contacts.columns.legend')}</legend>
          {columns.map((column) => (
            <label key={column.id} className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-700">
              <input
                type="checkbox"
                checked={visible.includes(column.id)}
                disabled={column.id === 'name'}
                onChange={(event) => toggle(column.id, event.target.checked)}
                className="accent-indigo-600"
              />
              {typeof column.label === 'string' ? t(column.label) : column.label.text}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
