import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Button } from './Button';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  /** Described-by text (the question a confirmation asks). */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons, in reading order (cancel first). */
  actions: ReactNode;
  onClose: () => void;
  /** An alert dialog (a destructive confirmation) or a plain one. */
  alert?: boolean;
}

/**
 * A modal dialog: focus moves in (to the first control, usually Cancel) and
 * back where it was on close, Tab stays inside, Escape and a click outside close it.
 */
export function Dialog({ title, description, children, actions, onClose, alert }: DialogProps) {
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" onMouseDown={onClose}>
      <div
        ref={panel}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-body` : undefined}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // Handled here: a drawer underneath must not close too.
            event.preventDefault();
            event.stopPropagation();
            onClose();
          } else if (event.key === 'Tab' && panel.current) {
            const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
            const edge = event.shiftKey ? items[0] : items[items.length - 1];
            if (document.activeElement === edge) {
              event.preventDefault();
              (event.shiftKey ? items[items.length - 1] : items[0])?.focus();
            }
          }
        }}
        className="w-full max-w-sm rounded-lg bg-white p-5 text-slate-900 shadow-xl dark:bg-slate-800 dark:text-slate-100"
      >
        <h2 id={`${id}-title`} className="text-base font-semibold">{title}</h2>
        {description && <div id={`${id}-body`} className="mt-2 text-sm text-slate-700 dark:text-slate-300">{description}</div>}
        {children}
        <div className="mt-5 flex justify-end gap-2">{actions}</div>
      </div>
    </div>
  );
}

/** A destructive confirmation; focus starts on Cancel. */
export function ConfirmDialog({ title, body, confirm, onConfirm, onCancel }: { title: string; body: string; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <Dialog
      alert
      title={title}
      description={body}
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button variant="danger" onClick={onConfirm}>{confirm}</Button>
        </>
      }
    />
  );
}
