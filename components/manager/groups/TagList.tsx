import { useId, useState, type FormEvent } from 'react';
import { renameTag } from '../../../lib/service/catalog';
import { useTags } from '../../hooks/useCatalog';
import { usePlural } from '../../hooks/usePlural';
import { useT } from '../../i18n';
import { describeError } from '../contacts/feedback';
import { useTagCount } from '../../hooks/useContacts';

const input = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
const button = 'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

function TagRow({ tag, tags, onMessage }: { tag: string; tags: string[]; onMessage: (tone: 'ok' | 'error', text: string) => void }) {
  const t = useT();
  const tp = usePlural();
  const uid = useId();
  const count = useTagCount(tag);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const to = target.trim();
  const merging = tags.includes(to) && to !== tag;

  async function rename(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const changed = await renameTag({ from: tag, to });
      onMessage('ok', tp(merging ? 'tags.merged' : 'tags.renamed', changed, { from: tag, to }));
    } catch (error) {
      onMessage('error', describeError(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="flex flex-wrap items-center gap-3 py-2" data-testid="tag-row">
      <span className="rounded bg-slate-100 px-2 py-0.5 text-sm dark:bg-slate-700">{tag}</span>
      <span className="text-sm text-slate-500 dark:text-slate-400">{count === undefined ? '' : tp('groups.members', count)}</span>
      <form onSubmit={rename} className="ml-auto flex items-center gap-2">
        <label htmlFor={`${uid}-to`} className="sr-only">{t('tags.renameLabel', { tag })}</label>
        <input id={`${uid}-to`} list={`${uid}-list`} value={target} onChange={(e) => setTarget(e.target.value)} maxLength={64} placeholder={t('tags.renamePlaceholder')} className={`${input} w-44`} />
        <datalist id={`${uid}-list`}>{tags.filter((x) => x !== tag).map((x) => <option key={x} value={x} />)}</datalist>
        <button type="submit" className={button} disabled={busy || !to || to === tag}>{merging ? t('tags.merge') : t('tags.rename')}</button>
      </form>
    </li>
  );
}

/** Rename a tag everywhere, or merge it into another (type an existing tag's name). */
export function TagList() {
  const t = useT();
  const tags = useTags();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  return (
    <section aria-labelledby="tags-title" className="space-y-3">
      <h2 id="tags-title" className="text-lg font-semibold">{t('tags.title')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('tags.intro')}</p>
      <p role="status" aria-live="polite" data-testid="tags-feedback" className={`text-sm ${message?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {message?.text}
      </p>
      {tags.length ? (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {tags.map((tag) => <TagRow key={tag} tag={tag} tags={tags} onMessage={(tone, text) => setMessage({ tone, text })} />)}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-500 dark:text-slate-400 dark:border-slate-600">{t('tags.empty')}</p>
      )}
    </section>
  );
}
