import { useState, type FormEvent } from 'react';
import { saveFieldDef } from '../../lib/service/catalog';
import { CUSTOM_FIELD_TYPES, type CustomFieldDef } from '../../lib/model';
import { useT } from '../i18n';
import { TextField } from '../ui/TextField';
import { Select } from '../ui/Select';
import { fieldErrorKey } from './fieldErrors';

export const splitOptions = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Create a custom field: a name, a type, and choices for a choice field. */
export function NewFieldForm() {
  const t = useT();
  const [label, setLabel] = useState('');
  const [type, setType] = useState<CustomFieldDef['type']>('text');
  const [options, setOptions] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function create(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    try {
      const def = await saveFieldDef({ label, type, options: type === 'choice' ? splitOptions(options) : undefined });
      setError(undefined);
      setLabel('');
      setOptions('');
      setDone(t('fields.created', { label: def.label }));
    } catch (cause) {
      const { key, detail } = fieldErrorKey(cause);
      setError(t(key, detail ? { detail } : undefined));
    }
  }

  return (
    <form onSubmit={create} aria-labelledby="new-field-title" className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-700" data-testid="new-field-form">
      <h3 id="new-field-title" className="text-sm font-semibold">
        {t('fields.new')}
      </h3>
      <div className="grid grid-cols-2 gap-2">
        <TextField label={t('fields.label')} value={label} onChange={setLabel} name="label" />
        <Select label={t('fields.type')} value={type} onChange={setType} options={CUSTOM_FIELD_TYPES.map((value) => ({ value, label: t(`fields.type.${value}`) }))} />
      </div>
      {type === 'choice' && (
        <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('fields.options')}
          <textarea
            className="mt-0.5 block h-20 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
            value={options}
            onChange={(e) => setOptions(e.target.value)}
            aria-describedby="new-field-options-hint"
          />
          <span id="new-field-options-hint" className="font-normal text-slate-500 dark:text-slate-400">
            {t('fields.options.hint')}
          </span>
        </label>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">{t('fields.typeLocked')}</p>
      <button type="submit" className="rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
        {t('fields.create')}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </p>
    </form>
  );
}
