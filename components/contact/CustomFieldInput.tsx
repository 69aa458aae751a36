import { useId } from 'react';
import type { CustomFieldDef } from '../../lib/model';
import { useT } from '../i18n';
import { Select } from '../ui/Select';

const INPUT_TYPE: Partial<Record<CustomFieldDef['type'], string>> = { date: 'date', url: 'url', email: 'email', phone: 'tel' };
const box = 'mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';

/** One custom field's input, by its type. */
export function CustomFieldInput({ def, value, onChange, error }: { def: CustomFieldDef; value: string; onChange: (v: string) => void; error?: string }) {
  const t = useT();
  const id = useId();
  const described = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
  let control;
  const isSelect = def.type === 'boolean' || (def.type === 'choice' && !!def.options?.length);
  if (def.type === 'boolean') {
    control = (
      <Select label={def.label} value={value} onChange={onChange} options={[{ value: '', label: '—' }, { value: 'true', label: t('contacts.yes') }, { value: 'false', label: t('contacts.no') }]} {...described} />
    );
  } else if (def.type === 'choice' && def.options?.length) {
    control = (
      <Select label={def.label} value={value} onChange={onChange} options={[{ value: '', label: '—' }, ...def.options.map((option) => ({ value: option, label: option }))]} {...described} />
    );
  } else {
    control = (
      <input
        id={id}
        type={INPUT_TYPE[def.type] ?? 'text'}
        inputMode={def.type === 'number' ? 'decimal' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={box}
        {...described}
      />
    );
  }
  return (
    <div>
      {/* A select carries its own label (components/ui/Select). */}
      {!isSelect && <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">{def.label}</label>}
      {control}
      {error && <span id={`${id}-error`} role="alert" className="mt-0.5 block text-xs text-red-600 dark:text-red-400">{error}</span>}
    </div>
  );
}
