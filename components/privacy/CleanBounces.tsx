import { useState } from 'react';
import { cleanBounces } from '../../lib/service/privacy';
import { errorMessage } from '../../lib/ui/errors';
import { usePlural } from '../hooks/usePlural';
import { useT } from '../i18n';
import { useBouncedCount } from '../hooks/usePrivacy';

/** "Clean bounces": archive or delete every live Bounced contact. */
export function CleanBounces() {
  const t = useT();
  const tp = usePlural();
  const count = useBouncedCount();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const run = async (action: 'archive' | 'delete') => {
    try {
      const done = await cleanBounces({ action });
      setMessage({ tone: 'ok', text: tp(action === 'archive' ? 'quality.bounces.archived' : 'quality.bounces.deleted', done) });
    } catch (cause) {
      const { key, params } = errorMessage(cause);
      setMessage({ tone: 'error', text: t(key, params) });
    } finally {
      setConfirmDelete(false);
    }
  };
  return (
    <section aria-labelledby="bounces-title" className="space-y-2">
      <h3 id="bounces-title" className="font-semibold">{t('quality.bounces.title')}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="bounce-count">{t('quality.bounces.count', { count: count ?? 0 })}</p>
      <div className="flex gap-2 text-sm">
        <button type="button" disabled={!count} onClick={() => void run('archive')} className="rounded border px-2 py-1 disabled:opacity-40">{t('quality.bounces.archive')}</button>
        <button type="button" disabled={!count} onClick={() => setConfirmDelete(true)} className="rounded border border-red-300 px-2 py-1 text-red-700 disabled:opacity-40 dark:text-red-400">{t('quality.bounces.delete')}</button>
      </div>
      {confirmDelete && (
        <div role="alertdialog" aria-label={t('quality.bounces.delete')} className="rounded border border-red-300 bg-red-50 p-2 text-sm dark:border-red-800 dark:bg-red-900/30">
          <p>{t('quality.bounces.confirm', { count: count ?? 0 })}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void run('delete')} className="rounded bg-red-600 px-2 py-1 text-white">{t('quality.bounces.delete')}</button>
            <button type="button" onClick={() => setConfirmDelete(false)} className="rounded border px-2 py-1">{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-600' : 'text-sm text-emerald-700 dark:text-emerald-400'}>{message.text}</p>}
    </section>
  );
}
