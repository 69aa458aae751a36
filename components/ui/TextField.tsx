import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  error?: string;
  /** A short mark beside the label (e.g. "Check") with its explanation, tied to the input for screen readers. */
  flag?: { label: string; hint: string };
  autoFocus?: boolean;
}

/** A labelled input whose error is announced and tied to it for screen readers. */
export function TextField({ label, value, onChange, name, type = 'text', error, flag, autoFocus }: Props) {
  const id = useId();
  const describedBy = [error && `${id}-error`, flag && `${id}-flag`].filter(Boolean).join(' ') || undefined;
  return (
    <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">
      {label}
      {flag && (
        <span id={`${id}-flag`} title={flag.hint} data-testid="field-flag" className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-800 dark:bg-amber-900/40 dark:text-amber-200">
          {flag.label}
          <span className="sr-only">: {flag.hint}</span>
        </span>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-0.5 block w-full rounded border ${flag ? 'border-amber-400 dark:border-amber-500' : 'border-slate-300 dark:border-slate-600'} bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:bg-slate-800 dark:text-slate-100`}
      />
      {error && (
        <span id={`${id}-error`} role="alert" className="mt-0.5 block text-xs text-red-600">
          {error}
        </span>
      )}
    </label>
  );
}
