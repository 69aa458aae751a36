import { useState } from 'react';
import { loadSampleContacts, removeSampleContacts } from '../../../lib/service/catalog';
import { usePlural } from '../../hooks/usePlural';
import { useT } from '../../i18n';
import { describeError } from './feedback';

const SAMPLE_ACTIONS = { loadSampleContacts, removeSampleContacts };

/** Load or remove the samples; a failure is said, never swallowed. */
export function useSampleAction(type: 'loadSampleContacts' | 'removeSampleContacts') {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await SAMPLE_ACTIONS[type]({});
    } catch (cause) {
      setError(describeError(cause, t));
    } finally {
      setBusy(false);
    }
  };
  const message = error ? <p role="alert" className="mt-2 text-xs text-rose-700 dark:text-rose-300">{error}</p> : null;
  return { busy, run, message };
}

/** No contact at all: say how to get some, and offer clearly marked samples. */
export function EmptyState({ filtered, onClear, onNew }: { filtered: boolean; onClear: () => void; onNew: () => void }) {
  const t = useT();
  const samples = useSampleAction('loadSampleContacts');
  if (filtered) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-10 text-center dark:border-slate-600" data-testid="contacts-empty">
        <p className="font-medium">{t('contacts.empty.filteredTitle')}</p>
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{t('contacts.empty.filteredBody')}</p>
        <button type="button" onClick={onClear} className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          {t('contacts.filters.clear')}
        </button>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-10 text-center dark:border-slate-600" data-testid="contacts-empty">
      <p className="text-lg font-semibold">{t('contacts.empty.title')}</p>
      <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600 dark:text-slate-300">{t('contacts.empty.body')}</p>
      <div className="mt-5 flex justify-center gap-3">
        <button type="button" onClick={onNew} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
          {t('contacts.new')}
        </button>
        <button
          type="button"
          disabled={samples.busy}
          onClick={() => void samples.run()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {t('contacts.samples.load')}
        </button>
      </div>
      {samples.message}
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">{t('contacts.samples.explain')}</p>
    </div>
  );
}

/** Shown while sample contacts exist: they are removable in one click. */
export function SampleBanner({ count }: { count: number }) {
  const t = useT();
  const tp = usePlural();
  const samples = useSampleAction('removeSampleContacts');
  return (
    <div role="note" className="flex items-center justify-between gap-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-900/30 dark:text-amber-100" data-testid="sample-banner">
      <span>{tp('contacts.samples.banner', count)}</span>
      {samples.message}
      <button
        type="button"
        disabled={samples.busy}
        onClick={() => void samples.run()}
        className="rounded border border-amber-400 px-2 py-0.5 text-xs font-medium hover:bg-amber-100 disabled:opacity-50 dark:border-amber-600 dark:hover:bg-amber-900/50"
      >
        {t('contacts.samples.remove')}
      </button>
    </div>
  );
}
