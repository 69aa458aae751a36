import { useState } from 'react';
import { pastRetentionIds } from '../../lib/gdpr/retention';
import { archiveContacts, eraseContacts } from '../../lib/service/contacts';
import { errorMessage } from '../../lib/ui/errors';
import { useSettings } from '../hooks/useSettings';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { Select } from '../ui/Select';
import { ContactPickList } from './ContactPickList';
import { useSelection } from './useSelection';
import { useRetentionPage } from '../hooks/usePrivacy';

const PAGE = 25;

/** Contacts whose last activity is older than the retention setting, oldest first, with bulk archive or erase. */
export function RetentionReview() {
  const t = useT();
  const tp = usePlural();
  const months = useSettings()?.settings.retentionMonths;
  const [archived, setArchived] = useState<0 | 1>(0);
  const [page, setPage] = useState(0);
  const [confirmErase, setConfirmErase] = useState<'selected' | 'all' | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const { selected, toggle, togglePage, clear } = useSelection();
  const data = useRetentionPage(months, archived, page, PAGE);
  if (!data || !months) return null;

  const run = async (action: 'archive' | 'erase', scope: 'selected' | 'all') => {
    try {
      const ids = scope === 'all' ? await pastRetentionIds(data.cutoff, archived) : [...selected];
      const done = action === 'erase' ? await eraseContacts({ ids }) : (await archiveContacts({ ids })).changed;
      setMessage({ tone: 'ok', text: t(action === 'erase' ? 'privacy.retention.erased' : 'privacy.retention.archivedDone', { count: done }) });
      clear();
      setPage(0);
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setMessage({ tone: 'error', text: t(key, params) });
    } finally {
      setConfirmErase(null);
    }
  };

  const pages = Math.max(1, Math.ceil(data.total / PAGE));
  return (
    <section aria-labelledby="retention-title" className="space-y-2">
      <h3 id="retention-title" className="font-semibold">{t('privacy.retention.title')}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('privacy.retention.explain', { months })}</p>
      <div className="flex items-center gap-3 text-sm">
        <Select<'0' | '1'>
          label={t('privacy.retention.show')}
          value={String(archived) as '0' | '1'}
          options={[{ value: '0', label: t('privacy.retention.live') }, { value: '1', label: t('privacy.retention.archivedOnes') }]}
          onChange={(value) => { setArchived(Number(value) as 0 | 1); setPage(0); clear(); }}
        />
        <span data-testid="retention-count">{t('privacy.retention.count', { count: data.total })}</span>
      </div>
      {data.total === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">{t('privacy.retention.empty')}</p>
      ) : (
        <>
          <ContactPickList contacts={data.contacts} selected={selected} onToggle={toggle} onToggleAll={() => togglePage(data.contacts.map((c) => c.id))} label={t('privacy.retention.title')} testId="retention-list" />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.prev')}</button>
            <span>{t('privacy.page', { page: page + 1, pages })}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.next')}</button>
            {archived === 0 && (
              <>
                <button type="button" disabled={!selected.size} onClick={() => void run('archive', 'selected')} className="rounded border px-2 py-1 disabled:opacity-40">{t('privacy.archiveSelected', { count: selected.size })}</button>
                <button type="button" onClick={() => void run('archive', 'all')} className="rounded border px-2 py-1">{t('privacy.archiveAll', { count: data.total })}</button>
              </>
            )}
            <button type="button" disabled={!selected.size} onClick={() => setConfirmErase('selected')} className="rounded border border-red-300 px-2 py-1 text-red-700 disabled:opacity-40 dark:text-red-400">{t('privacy.eraseSelected', { count: selected.size })}</button>
            <button type="button" onClick={() => setConfirmErase('all')} className="rounded border border-red-300 px-2 py-1 text-red-700 dark:text-red-400">{t('privacy.eraseAll', { count: data.total })}</button>
          </div>
        </>
      )}
      {confirmErase && (
        <div role="alertdialog" aria-label={t('privacy.erase')} className="rounded border border-red-300 bg-red-50 p-2 text-sm dark:border-red-800 dark:bg-red-900/30">
          <p>{tp('privacy.eraseMany.confirm', confirmErase === 'all' ? data.total : selected.size)}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void run('erase', confirmErase)} className="rounded bg-red-600 px-2 py-1 text-white">{t('privacy.erase.do')}</button>
            <button type="button" onClick={() => setConfirmErase(null)} className="rounded border px-2 py-1">{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>{message.text}</p>}
    </section>
  );
}
