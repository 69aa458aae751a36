import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

export interface ToastInput {
  text: string;
  tone?: 'ok' | 'error';
  /** One action, usually Undo; also run by Ctrl/Cmd+Z while the toast shows. */
  action?: { label: string; run: () => void | Promise<void> };
}

interface ShownToast extends ToastInput {
  id: number;
}

/** How long a toast stays, not counting the time the pointer or the focus is on it. */
export const TOAST_MS = 8000;
const MAX_SHOWN = 3;

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

/** Show a toast: `useToast()({ text, action })`. Without a provider (a unit test) it does nothing. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));

/**
 * The page's toasts, in one polite live region after the page (so Tab reaches
 * them last, and Ctrl/Cmd+Z runs the newest one's action from anywhere but a
 * text field, where it keeps undoing typing).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const next = useRef(1);
  const show = useCallback((toast: ToastInput) => {
    setToasts((shown) => [...shown, { ...toast, id: next.current++ }].slice(-MAX_SHOWN));
  }, []);
  const dismiss = useCallback((id: number) => setToasts((shown) => shown.filter((x) => x.id !== id)), []);
  const run = useCallback(
    (toast: ShownToast) => {
      dismiss(toast.id);
      void toast.action?.run();
    },
    [dismiss],
  );
  const newest = [...toasts].reverse().find((x) => x.action);
  useEffect(() => {
    if (!newest) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || editable(event.target)) return;
      event.preventDefault();
      run(newest);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [newest, run]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section aria-label={t('toast.region')} className="pointer-events-none fixed inset-x-0 bottom-4 z-[60] flex justify-center px-4">
        <div role="status" aria-live="polite" className="flex w-full max-w-md flex-col gap-2">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} shortcut={toast === newest} onAction={() => run(toast)} onDismiss={() => dismiss(toast.id)} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function Toast({ toast, shortcut, onAction, onDismiss }: { toast: ShownToast; shortcut: boolean; onAction: () => void; onDismiss: () => void }) {
  const t = useT();
  const [paused, setPaused] = useState({ hover: false, focus: false });
  const left = useRef(TOAST_MS);
  useEffect(() => {
    if (paused.hover || paused.focus) return;
    const started = Date.now();
    const timer = setTimeout(onDismiss, left.current);
    return () => {
      clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [paused.hover, paused.focus, onDismiss]);
  return (
    <div
      data-testid="toast"
      onMouseEnter={() => setPaused((p) => ({ ...p, hover: true }))}
      onMouseLeave={() => setPaused((p) => ({ ...p, hover: false }))}
      onFocus={() => setPaused((p) => ({ ...p, focus: true }))}
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setPaused((p) => ({ ...p, focus: false }))}
      className={`pointer-events-auto flex items-center gap-3 rounded-lg px-4 py-2.5 text-sm shadow-lg ${
        toast.tone === 'error' ? 'bg-rose-700 text-white dark:bg-rose-300 dark:text-rose-950' : 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900'
      }`}
    >
      <p className="min-w-0 flex-1">{toast.text}</p>
      {toast.action && (
        <button
          type="button"
          onClick={onAction}
          aria-keyshortcuts={shortcut ? 'Control+Z Meta+Z' : undefined}
          title={shortcut ? t('toast.undoShortcut') : undefined}
          className="shrink-0 rounded px-2 py-1 font-semibold text-indigo-200 underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-white dark:text-indigo-800 dark:focus-visible:outline-slate-900"
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('toast.dismiss')}
        className="shrink-0 rounded px-1.5 text-lg leading-none opacity-80 hover:opacity-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white dark:focus-visible:outline-slate-900"
      >
        ×
      </button>
    </div>
  );
}

