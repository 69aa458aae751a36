import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

interface Props {
  tags: readonly string[];
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips, and a field that adds one on Enter (existing tags suggested). */
export function TagEditor({ tags, suggestions, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' && event.key !== ',') return;
    event.preventDefault();
    const tag = draft.trim().slice(0, 64);
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setDraft('');
  }
  return (
    <div>
      <span className="text-xs font-medium text-slate-600 dark:text-slate-300">{t('field.tags')}</span>
      <ul className="mt-0.5 flex flex-wrap gap-1" data-testid="quick-tags">
        {tags.length === 0 && <li className="text-xs text-slate-500 dark:text-slate-400">{t('popup.tags.none')}</li>}
        {tags.map((tag) => (
          <li key={tag} className="inline-flex items-center rounded bg-indigo-50 pl-1.5 text-xs text-indigo-800 dark:bg-indigo-900/50 dark:text-indigo-100">
            {tag}
            <button
              type="button"
              onClick={() => onChange(tags.filter((other) => other !== tag))}
              aria-label={t('popup.tags.remove', { tag })}
              className="ml-0.5 rounded px-1 hover:bg-indigo-100 dark:hover:bg-indigo-800"
            >
              <span aria-hidden>×</span>
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={id} className="sr-only">
        {t('popup.tags.add')}
      </label>
      <input
        id={id}
        list={`${id}-list`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('popup.tags.add')}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      <span id={`${id}-hint`} className="sr-only">
        {t('popup.tags.addHint')}
      </span>
      <datalist id={`${id}-list`}>
        {suggestions.filter((s) => !tags.includes(s)).slice(0, 200).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
