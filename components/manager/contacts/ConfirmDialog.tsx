import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n';

/** A modal confirmation for destructive actions; Escape cancels, focus starts on "Cancel". */
export function ConfirmDialog({ title, body, confirm, onConfirm, onCancel }: { title: string; body: string; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" onMouseDown={onCancel}>
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
        className="w-full max-w-sm rounded-lg bg-white p-5 shadow-xl dark:bg-slate-800"
      >
        <h2 id={`${id}-title`} className="text-base font-semibold">{title}</h2>
        <p id={`${id}-body`} className="mt-2 text-sm text-slate-600 dark:text-slate-300">{body}</p>
        <div className="mt-5 flex justify-end gap-2">
          <button ref={cancel} type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-700">
            {t('common.cancel')}
          </button>
          <button type="button" onClick={onConfirm} className="rounded-md bg-rose-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-700">
            {confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
