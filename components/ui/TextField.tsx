import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  error?: string;
  autoFocus?: boolean;
}

/** A labelled input whose error is announced and tied to it for screen readers. */
export function TextField({ label, value, onChange, name, type = 'text', error, autoFocus }: Props) {
  const id = useId();
  return (
    <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">
      {label}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
      {error && (
        <span id={`${id}-error`} role="alert" className="mt-0.5 block text-xs text-red-600">
          {error}
        </span>
      )}
    </label>
  );
}
