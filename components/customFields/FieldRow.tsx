import { useState } from 'react';
import { deleteFieldDef, saveFieldDef } from '../../lib/service/catalog';
import type { CustomFieldDef, CustomValue } from '../../lib/model';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { TextField } from '../ui/TextField';
import { CustomFieldInput } from './CustomFieldInput';
import { fieldErrorKey } from './fieldErrors';
import { splitOptions } from './NewFieldForm';
import { countFieldValues } from '../../lib/service/read-catalog';

type Mode = { kind: 'view' } | { kind: 'edit' } | { kind: 'delete'; holders: number | null };

const BUTTON = 'rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-900/40';

/** One custom field: rename (values kept), edit choices, try a value, delete (after saying what is lost). */
export function FieldRow({ def, onDeleted }: { def: CustomFieldDef; onDeleted: (notice: string) => void }) {
  const t = useT();
  const tp = usePlural();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [label, setLabel] = useState(def.label);
  const [options, setOptions] = useState((def.options ?? []).join('\n'));
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [sample, setSample] = useState<CustomValue>(null);

  const fail = (cause: unknown) => {
    const { key, detail } = fieldErrorKey(cause);
    setMessage({ tone: 'error', text: t(key, detail ? { detail } : undefined) });
  };

  async function save() {
    try {
      await saveFieldDef({ key: def.key, label, type: def.type, options: def.type === 'choice' ? splitOptions(options) : undefined });
      setMode({ kind: 'view' });
      setMessage({ tone: 'ok', text: t('fields.renamed') });
    } catch (cause) {
      fail(cause);
    }
  }

  async function askDelete() {
    setMode({ kind: 'delete', holders: null });
    // A read with a cursor over contacts: nothing is held but the count.
    const holders = await countFieldValues(def.key);
    setMode({ kind: 'delete', holders });
  }

  async function confirmDelete() {
    try {
      const { removedValues } = await deleteFieldDef({ key: def.key });
      // This row disappears: the section shows the outcome.
      onDeleted(tp('fields.deleted', removedValues, { label: def.label }));
    } catch (cause) {
      fail(cause);
    }
  }

  const question =
    mode.kind !== 'delete' ? ''
    : mode.holders === null ? t('fields.deleteAsk.counting')
    : mode.holders === 0 ? t('fields.deleteAsk.none', { label: def.label })
    : mode.holders === 1 ? t('fields.deleteAsk.one', { label: def.label })
    : t('fields.deleteAsk.other', { label: def.label, count: mode.holders });

  return (
    <li className="space-y-2 py-3" data-testid={`field-${def.key}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-base font-medium">{def.label}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">{t(`fields.type.${def.type}`)}</span>
        {def.type === 'choice' && <span className="text-xs text-slate-500 dark:text-slate-400">{def.options?.join(' · ')}</span>}
        <span className="ml-auto flex gap-1">
          <button type="button" className={BUTTON} onClick={() => setMode({ kind: 'edit' })}>
            {def.type === 'choice' ? t('fields.editOptions') : t('fields.rename')}
          </button>
          <button type="button" className={`${BUTTON} text-red-700 dark:text-red-300`} onClick={() => void askDelete()}>
            {t('fields.delete')}
          </button>
        </span>
      </div>
      {mode.kind === 'edit' && (
        <div className="flex flex-wrap items-end gap-2">
          <TextField label={t('fields.label')} value={label} onChange={setLabel} autoFocus />
          {def.type === 'choice' && (
            <label className="block text-xs font-medium text-slate-600 dark:text-slate-300">
              {t('fields.options')}
              <textarea className="mt-0.5 block h-16 rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800" value={options} onChange={(e) => setOptions(e.target.value)} />
            </label>
          )}
          <button type="button" className="rounded bg-indigo-600 px-3 py-1 text-sm text-white" onClick={() => void save()}>
            {t('common.save')}
          </button>
          <button type="button" className={BUTTON} onClick={() => setMode({ kind: 'view' })}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {mode.kind === 'delete' && (
        <div role="alertdialog" aria-label={t('fields.delete')} className="space-y-2 rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-900/30 dark:text-red-100">
          <p data-testid="field-delete-question">{question}</p>
          <div className="flex gap-2">
            <button type="button" disabled={mode.holders === null} className="rounded bg-red-600 px-3 py-1 text-white disabled:opacity-50" onClick={() => void confirmDelete()}>
              {t('fields.deleteConfirm')}
            </button>
            <button type="button" className={BUTTON} onClick={() => setMode({ kind: 'view' })}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <details className="text-xs text-slate-500 dark:text-slate-400">
        <summary className="cursor-pointer">{t('fields.try')}</summary>
        <div className="mt-1 max-w-xs">
          <CustomFieldInput def={def} value={sample} onChange={setSample} label={t('fields.try.label', { label: def.label })} />
        </div>
      </details>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>
          {message.text}
        </p>
      )}
    </li>
  );
}
