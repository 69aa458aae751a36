import { useId, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js';
import { fieldValueMessageKey, validateFieldValue } from '../../lib/customFields/validate';
import type { CustomFieldDef, CustomValue } from '../../lib/model';
import { useI18n } from '../i18n';
import { Select } from '../ui/Select';

interface Props {
  def: Pick<CustomFieldDef, 'key' | 'label' | 'type' | 'options'>;
  value: CustomValue | undefined;
  /** Called with a valid, normalized value only (null clears it). */
  onChange: (value: CustomValue) => void;
  /** Told whether what is typed is currently valid (a form can block saving). */
  onValidity?: (valid: boolean) => void;
  /** Country for phone numbers typed without +prefix; defaults from the interface language. */
  defaultCountry?: CountryCode;
  label?: string;
}

const INPUT =
  'mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

const TEXT_TYPES = { text: 'text', number: 'text', url: 'url', email: 'email', phone: 'tel', date: 'date' } as const;

/**
 * The input for one custom field value, by type: it checks what is typed
 * (when the user leaves the field), shows why a value is refused, and only
 * passes on valid, normalized values.
 */
export function CustomFieldInput({ def, value, onChange, onValidity, defaultCountry, label }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const shown = value === null || value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string>();
  // A new value from outside (another contact opened in the drawer) replaces what was typed.
  const [outside, setOutside] = useState(value);
  if (outside !== value) {
    setOutside(value);
    setText(shown);
    setError(undefined);
  }
  const country = defaultCountry ?? (locale === 'fr' ? 'FR' : undefined);

  const commit = (raw: string | boolean | null) => {
    const check = validateFieldValue(def, raw, { defaultCountry: country });
    if (check.ok) {
      setError(undefined);
      if (typeof raw === 'string') setText(check.value === null ? '' : String(check.value));
      onValidity?.(true);
      onChange(check.value);
    } else {
      setError(t(fieldValueMessageKey(check.problem)));
      onValidity?.(false);
    }
  };

  const labelText = label ?? def.label;
  const describedBy = error ? `${id}-error` : undefined;

  let control;
  if (def.type === 'boolean' || def.type === 'choice') {
    const current = value === true ? 'yes' : value === false ? 'no' : value === null || value === undefined ? '' : String(value);
    control = (
      <Select
        label={labelText}
        value={current}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(picked) => commit(def.type === 'boolean' ? (picked === '' ? null : picked === 'yes') : picked || null)}
        options={[
          { value: '', label: t('fields.value.unset') },
          ...(def.type === 'boolean' ? [{ value: 'yes', label: t('fields.value.yes') }, { value: 'no', label: t('fields.value.no') }] : (def.options ?? []).map((option) => ({ value: option, label: option }))),
        ]}
      />
    );
  } else {
    control = (
      <input
        id={id}
        type={TEXT_TYPES[def.type]}
        inputMode={def.type === 'number' ? 'decimal' : undefined}
        className={INPUT}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          // A date picker gives a complete value at once: take it now.
          if (def.type === 'date') commit(event.target.value);
        }}
        onBlur={() => def.type !== 'date' && commit(text)}
        onKeyDown={(event) => event.key === 'Enter' && commit(text)}
      />
    );
  }

  return (
    <div className="text-xs font-medium text-slate-600 dark:text-slate-300">
      {/* A select carries its own label (components/ui/Select). */}
      {def.type !== 'boolean' && def.type !== 'choice' && <label htmlFor={id}>{labelText}</label>}
      {control}
      {error && (
        <span id={`${id}-error`} role="alert" className="mt-0.5 block text-xs text-red-600 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
