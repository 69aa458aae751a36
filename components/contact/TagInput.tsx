import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

/** Tags as removable chips, with autocomplete from the tags already in use. */
export function TagInput({ value, onChange, suggestions }: { value: string[]; onChange: (tags: string[]) => void; suggestions: string[] }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim().slice(0, 64);
    // Reuse the existing spelling of a tag typed in another case.
    const known = suggestions.find((s) => s.toLowerCase() === tag.toLowerCase()) ?? tag;
    if (tag && !value.includes(known)) onChange([...value, known]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  };
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">{t('field.tags')}</label>
      <div className="mt-0.5 flex flex-wrap items-center gap-1 rounded border border-slate-300 bg-white px-1.5 py-1 dark:border-slate-600 dark:bg-slate-800">
        {value.map((tag) => (
          <span key={tag} className="flex items-center gap-1 rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-700" data-testid="drawer-tag">
            {tag}
            <button type="button" onClick={() => onChange(value.filter((x) => x !== tag))} aria-label={t('contacts.drawer.removeTag', { tag })} className="text-slate-500 dark:text-slate-400 hover:text-slate-900 dark:hover:text-white">
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-list`}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          placeholder={t('contacts.drawer.tagPlaceholder')}
          className="min-w-24 flex-1 bg-transparent text-sm focus:outline-none"
        />
        <datalist id={`${id}-list`}>
          {suggestions.filter((s) => !value.includes(s)).map((s) => <option key={s} value={s} />)}
        </datalist>
      </div>
    </div>
  );
}
