import { useState } from 'react';
import { checkedPeople, EMPTY_SELECTION, setChecked } from '../../lib/capture/list-selection';
import { MAX_BATCH } from '../../lib/capture/list-limits';
import { savePendingBatch } from '../../lib/service/pending';
import { errorMessage } from '../../lib/ui/errors';
import { useActiveTabId } from '../hooks/useActiveTabPage';
import { useGroups, useTags } from '../hooks/useCatalog';
import { usePlural } from '../hooks/usePlural';
import { useI18n } from '../i18n';
import { Select } from '../ui/Select';
import { ListRow } from './ListRow';
import { useListSelection } from './useListSelection';
import { useKnownPeople } from '../hooks/useCapture';

type Feedback = { kind: 'saved' | 'failed'; text: string };

/** "Save people on this page": the people of the list pages the user went through, ticked, saved in one batch. */
export function ListCapture() {
  const { t, locale } = useI18n();
  const tp = usePlural();
  const tabId = useActiveTabId();
  const { selection, update } = useListSelection(tabId);
  const groups = useGroups();
  const tags = useTags();
  const [tag, setTag] = useState('');
  const [groupId, setGroupId] = useState<number>();
  const [saving, setSaving] = useState<number>();
  const [feedback, setFeedback] = useState<Feedback>();
  const keys = selection?.entries.map((e) => e.key) ?? [];
  const known = useKnownPeople(keys);
  if (!selection?.entries.length) return null;

  const ticked = checkedPeople(selection);
  const save = async () => {
    setSaving(ticked.length);
    setFeedback(undefined);
    try {
      const result = await savePendingBatch({
        people: ticked,
        sourceUrl: selection.sourceUrl,
        tag: tag.trim() || undefined,
        groupId,
      });
      const fmt = (n: number) => n.toLocaleString(locale);
      setFeedback({ kind: 'saved', text: t('lists.saved', { added: fmt(result.added), updated: fmt(result.updated), known: fmt(result.known) }) });
      update(setChecked(selection, 'none'));
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setFeedback({ kind: 'failed', text: t('lists.failed', { reason: t(key, params) }) });
    } finally {
      setSaving(undefined);
    }
  };

  return (
    <section aria-labelledby="list-capture-title" className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" data-testid="list-capture">
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h2 id="list-capture-title" className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t('lists.title')}</h2>
        <span className="text-xs text-slate-500" data-testid="list-summary">
          {tp('lists.summary', ticked.length, { total: selection.entries.length.toLocaleString(locale) })}
        </span>
      </div>
      <div className="mb-1 flex flex-wrap gap-2 text-xs">
        <button type="button" className="text-indigo-700 hover:underline dark:text-indigo-300" onClick={() => update(setChecked(selection, 'all'))}>{t('lists.all')}</button>
        <button type="button" className="text-indigo-700 hover:underline dark:text-indigo-300" onClick={() => update(setChecked(selection, 'none'))}>{t('lists.none')}</button>
        <button type="button" className="ml-auto text-slate-500 hover:underline" onClick={() => update(EMPTY_SELECTION)}>{t('lists.clear')}</button>
      </div>
      {selection.full ? (
        <p role="status" className="mb-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-200" data-testid="list-full">
          {t('lists.full', { max: MAX_BATCH.toLocaleString(locale) })}
        </p>
      ) : (
        <p className="mb-1 text-xs text-slate-500">{t('lists.keepsGoing')}</p>
      )}
      <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto dark:divide-slate-800" data-testid="list-people">
        {selection.entries.map((entry) => (
          <ListRow key={entry.key} entry={entry} known={known?.get(entry.key)} onToggle={() => update(setChecked(selection, new Set([entry.key])))} />
        ))}
      </ul>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <label className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {t('lists.tag')}
          <input
            list="list-capture-tags"
            value={tag}
            maxLength={64}
            onChange={(e) => setTag(e.target.value)}
            placeholder={t('lists.tagPlaceholder')}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-0.5 text-sm font-normal dark:border-slate-600 dark:bg-slate-800"
          />
          <datalist id="list-capture-tags">{tags.map((x) => <option key={x} value={x} />)}</datalist>
        </label>
        <Select
          label={t('lists.group')}
          value={String(groupId ?? '')}
          onChange={(id) => setGroupId(id ? Number(id) : undefined)}
          options={[{ value: '', label: t('lists.noGroup') }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]}
        />
      </div>
      <button
        type="button"
        disabled={!ticked.length || saving !== undefined}
        onClick={() => void save()}
        className="mt-2 w-full rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
      >
        {tp('lists.save', ticked.length)}
      </button>
      {saving !== undefined && (
        <div role="status" className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          <progress className="block w-full" aria-label={tp('lists.saving', saving)} />
          {tp('lists.saving', saving)}
        </div>
      )}
      {feedback && (
        <p role={feedback.kind === 'failed' ? 'alert' : 'status'} data-testid="list-feedback" className={`mt-1 text-xs ${feedback.kind === 'failed' ? 'text-red-600' : 'text-emerald-700 dark:text-emerald-400'}`}>
          {feedback.text}
        </p>
      )}
    </section>
  );
}
