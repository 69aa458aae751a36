import { useState } from 'react';
import { unarchiveContacts } from '../../lib/service/contacts';
import { errorMessage } from '../../lib/ui/errors';
import { useT } from '../i18n';
import { ContactPickList } from './ContactPickList';
import { useSelection } from './useSelection';
import { useArchivedContacts } from '../hooks/useContacts';

const PAGE = 25;

/** Archived contacts, most recently changed first, with "unarchive" (which checks the plan limit). */
export function ArchivedContacts() {
  const t = useT();
  const [page, setPage] = useState(0);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const { selected, toggle, togglePage, clear } = useSelection();
  const data = useArchivedContacts(page, PAGE);
  if (!data) return null;
  const unarchive = async () => {
    try {
      const { changed } = await unarchiveContacts({ ids: [...selected] });
      setMessage({ tone: 'ok', text: t('privacy.archive.restored', { count: changed }) });
      clear();
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setMessage({ tone: 'error', text: t(key, params) });
    }
  };
  const pages = Math.max(1, Math.ceil(data.total / PAGE));
  return (
    <section aria-labelledby="archived-title" className="space-y-2">
      <h3 id="archived-title" className="font-semibold">{t('privacy.archive.title', { count: data.total })}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('privacy.archive.explain')}</p>
      {data.total > 0 && (
        <>
          <ContactPickList contacts={data.contacts} selected={selected} onToggle={toggle} onToggleAll={() => togglePage(data.contacts.map((c) => c.id))} label={t('privacy.archive.title', { count: data.total })} testId="archived-list" />
          <div className="flex items-center gap-2 text-sm">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.prev')}</button>
            <span>{t('privacy.page', { page: page + 1, pages })}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.next')}</button>
            <button type="button" disabled={!selected.size} onClick={() => void unarchive()} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.archive.undo', { count: selected.size })}</button>
          </div>
        </>
      )}
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>{message.text}</p>}
    </section>
  );
}
