import { useId } from 'react';
import type { Option } from './Select';

interface Props<V extends string> {
  legend: string;
  value: V;
  options: ReadonlyArray<Option<V> & { hint?: string }>;
  onChange: (value: V) => void;
  className?: string;
}

/** A fieldset of radio buttons with a legend; each choice a card with an optional hint. */
export function RadioGroup<V extends string>({ legend, value, options, onChange, className = '' }: Props<V>) {
  const name = useId();
  return (
    <fieldset role="radiogroup" className={`space-y-1 ${className}`}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:border-slate-700 dark:has-[:checked]:bg-indigo-950/40"
        >
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="mt-0.5 accent-indigo-600" />
          <span>
            {option.label}
            {option.hint && <span className="block text-xs text-slate-600 dark:text-slate-400">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
