import { useId, type SelectHTMLAttributes } from 'react';

export const FIELD_CLASS =
  'block w-full rounded-md border border-slate-300 bg-white px-2 text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:opacity-60 aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

export interface Option<V extends string> {
  value: V;
  label: string;
  /** Options sharing a group are shown under it (an optgroup), in the order groups first appear. */
  group?: string;
}

function renderOptions<V extends string>(options: ReadonlyArray<Option<V>>) {
  const item = (option: Option<V>) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  if (!options.some((o) => o.group)) return options.map(item);
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  return groups.map((group) =>
    group ? (
      <optgroup key={group} label={group}>
        {options.filter((o) => o.group === group).map(item)}
      </optgroup>
    ) : (
      options.filter((o) => !o.group).map(item)
    ),
  );
}

interface Props<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  label: string;
  /** Only for screen readers (a compact control in a table or a toolbar). */
  hideLabel?: boolean;
  /** Toolbar size: the height and text of the small buttons beside it. */
  compact?: boolean;
  value: V;
  options: ReadonlyArray<Option<V>>;
  onChange: (value: V) => void;
}

/** A labelled select (the native control, so keyboard, screen readers and mobile pickers just work), styled once. */
export function Select<V extends string>({ label, hideLabel, compact, value, options, onChange, className = '', ...rest }: Props<V>) {
  const id = useId();
  // The label beside the select, not around it: wrapped, the options' text would join its accessible name.
  return (
    <div className={`block text-xs font-medium text-slate-700 dark:text-slate-300 ${className}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'block'}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as V)} className={`${FIELD_CLASS} ${compact ? 'py-0.5 text-xs' : 'py-1 text-sm'} ${hideLabel ? '' : 'mt-0.5'}`} {...rest}>
        {renderOptions(options)}
      </select>
    </div>
  );
}
